import { saveBlob } from '../api/files'

/** Pictures for slides: a standalone SVG saved as it is, or drawn into a PNG twice its size. */

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

export function saveSvg(svg: string, name: string) {
  saveBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), `${name}.svg`)
}

/** Draws a standalone SVG into a canvas twice its size and saves it as PNG. */
export async function saveSvgAsPng(svg: string, name: string): Promise<void> {
  const image = new Image()
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }))
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve()
      image.onerror = () => reject(new Error('svg'))
      image.src = url
    })
    const canvas = document.createElement('canvas')
    canvas.width = image.width * 2
    canvas.height = image.height * 2
    const g = canvas.getContext('2d')!
    g.scale(2, 2)
    g.drawImage(image, 0, 0)
    await saveCanvas(canvas, name)
  } finally {
    URL.revokeObjectURL(url)
  }
}

export function saveCanvas(canvas: HTMLCanvasElement, name: string): Promise<void> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => {
    if (!blob) return reject(new Error('png'))
    saveBlob(blob, `${name}.png`)
    resolve()
  }, 'image/png'))
}

