/**
 * Russia's 89 regions as equal square tiles laid out like the country: columns run west to east, rows north to
 * south. Each region keeps its neighbours as far as a grid allows (Moscow above its oblast, the Caucasus republics
 * in a line west to east, the Far East down the right edge); the gaps are seas, the Urals' north and the borders.
 * `short` is the label a tile shows; the full name comes from the regions reference.
 */
export interface Tile {
  col: number
  row: number
  short: string
}

export const RUSSIA_TILES: Record<string, Tile> = {
  '51': { col: 2, row: 0, short: 'Мурм' },
  '10': { col: 2, row: 1, short: 'Кар' }, '29': { col: 4, row: 1, short: 'Арх' },
  '83': { col: 5, row: 1, short: 'НАО' }, '11': { col: 6, row: 1, short: 'Коми' },
  '89': { col: 9, row: 1, short: 'ЯНАО' }, '87': { col: 15, row: 1, short: 'Чук' },
  '78': { col: 1, row: 2, short: 'СПб' }, '47': { col: 2, row: 2, short: 'ЛО' },
  '35': { col: 3, row: 2, short: 'Волог' }, '44': { col: 4, row: 2, short: 'Костр' },
  '43': { col: 5, row: 2, short: 'Киров' }, '59': { col: 6, row: 2, short: 'Пермь' },
  '66': { col: 7, row: 2, short: 'Свер' }, '72': { col: 8, row: 2, short: 'Тюм' },
  '86': { col: 9, row: 2, short: 'ХМАО' }, '70': { col: 10, row: 2, short: 'Томск' },
  '24': { col: 11, row: 2, short: 'Крск' }, '38': { col: 12, row: 2, short: 'Ирк' },
  '14': { col: 13, row: 2, short: 'Якут' }, '49': { col: 14, row: 2, short: 'Маг' },
  '41': { col: 15, row: 2, short: 'Камч' },
  '60': { col: 1, row: 3, short: 'Псков' }, '53': { col: 2, row: 3, short: 'Новг' },
  '76': { col: 3, row: 3, short: 'Яр' }, '37': { col: 4, row: 3, short: 'Иван' },
  '12': { col: 5, row: 3, short: 'МарЭл' }, '18': { col: 6, row: 3, short: 'Удм' },
  '02': { col: 7, row: 3, short: 'Башк' }, '45': { col: 8, row: 3, short: 'Кург' },
  '55': { col: 9, row: 3, short: 'Омск' }, '54': { col: 10, row: 3, short: 'Нск' },
  '42': { col: 11, row: 3, short: 'Кем' }, '03': { col: 12, row: 3, short: 'Бур' },
  '75': { col: 13, row: 3, short: 'Заб' }, '28': { col: 14, row: 3, short: 'Амур' },
  '27': { col: 15, row: 3, short: 'Хаб' }, '65': { col: 16, row: 3, short: 'Сах' },
  '39': { col: 0, row: 4, short: 'Клнг' }, '67': { col: 1, row: 4, short: 'Смол' },
  '69': { col: 2, row: 4, short: 'Твер' }, '77': { col: 3, row: 4, short: 'Мск' },
  '33': { col: 4, row: 4, short: 'Влад' }, '52': { col: 5, row: 4, short: 'НН' },
  '21': { col: 6, row: 4, short: 'Чув' }, '16': { col: 7, row: 4, short: 'Тат' },
  '74': { col: 8, row: 4, short: 'Чел' }, '22': { col: 10, row: 4, short: 'АлтК' },
  '19': { col: 11, row: 4, short: 'Хак' }, '17': { col: 12, row: 4, short: 'Тыва' },
  '79': { col: 14, row: 4, short: 'ЕАО' }, '25': { col: 15, row: 4, short: 'Прим' },
  '32': { col: 1, row: 5, short: 'Брян' }, '40': { col: 2, row: 5, short: 'Калуж' },
  '50': { col: 3, row: 5, short: 'МО' }, '62': { col: 4, row: 5, short: 'Ряз' },
  '13': { col: 5, row: 5, short: 'Морд' }, '73': { col: 6, row: 5, short: 'Ульн' },
  '63': { col: 7, row: 5, short: 'Сам' }, '56': { col: 8, row: 5, short: 'Орен' },
  '04': { col: 10, row: 5, short: 'Алт' },
  '46': { col: 1, row: 6, short: 'Курск' }, '57': { col: 2, row: 6, short: 'Орёл' },
  '71': { col: 3, row: 6, short: 'Тула' }, '68': { col: 4, row: 6, short: 'Тамб' },
  '58': { col: 5, row: 6, short: 'Пенз' },
  '31': { col: 1, row: 7, short: 'Белг' }, '36': { col: 2, row: 7, short: 'Вор' },
  '48': { col: 3, row: 7, short: 'Лип' }, '64': { col: 4, row: 7, short: 'Сар' },
  '90': { col: 0, row: 8, short: 'Зап' }, '93': { col: 1, row: 8, short: 'ДНР' },
  '94': { col: 2, row: 8, short: 'ЛНР' }, '61': { col: 3, row: 8, short: 'Рост' },
  '34': { col: 4, row: 8, short: 'Вгд' }, '30': { col: 5, row: 8, short: 'Астр' },
  '95': { col: 0, row: 9, short: 'Херс' }, '23': { col: 2, row: 9, short: 'Крд' },
  '26': { col: 3, row: 9, short: 'Став' }, '08': { col: 4, row: 9, short: 'Калм' },
  '20': { col: 5, row: 9, short: 'Чеч' }, '05': { col: 6, row: 9, short: 'Даг' },
  '91': { col: 0, row: 10, short: 'Крым' }, '01': { col: 1, row: 10, short: 'Адыг' },
  '09': { col: 2, row: 10, short: 'КЧР' }, '07': { col: 3, row: 10, short: 'КБР' },
  '15': { col: 4, row: 10, short: 'СОАл' }, '06': { col: 5, row: 10, short: 'Инг' },
  '92': { col: 0, row: 11, short: 'Сев' },
}

export const GRID_COLUMNS = Math.max(...Object.values(RUSSIA_TILES).map((t) => t.col)) + 1
export const GRID_ROWS = Math.max(...Object.values(RUSSIA_TILES).map((t) => t.row)) + 1

/** The codes in reading order: north to south, west to east (the order of the tiles for a screen reader). */
export const TILE_ORDER: string[] = Object.keys(RUSSIA_TILES).sort((a, b) => {
  const ta = RUSSIA_TILES[a]
  const tb = RUSSIA_TILES[b]
  return ta.row - tb.row || ta.col - tb.col
})

export type Direction = 'left' | 'right' | 'up' | 'down'

/**
 * The tile an arrow key moves to: the nearest one in that direction, preferring the same row (or column), so the
 * focus can cross a gap in the grid but never jumps back.
 */
export function neighbour(code: string, direction: Direction): string | null {
  const from = RUSSIA_TILES[code]
  if (!from) return null
  let best: string | null = null
  let bestScore = Infinity
  for (const [other, tile] of Object.entries(RUSSIA_TILES)) {
    const along = direction === 'left' ? from.col - tile.col : direction === 'right' ? tile.col - from.col
      : direction === 'up' ? from.row - tile.row : tile.row - from.row
    const sideways = direction === 'left' || direction === 'right'
    const across = sideways ? Math.abs(tile.row - from.row) : Math.abs(tile.col - from.col)
    if (along <= 0) continue
    // a step sideways costs more than a step ahead, so the move stays on its line when it can
    const score = along + across * 3
    if (score < bestScore) {
      best = other
      bestScore = score
    }
  }
  return best
}
