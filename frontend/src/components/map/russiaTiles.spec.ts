import { describe, expect, it } from 'vitest'
import reference from '../../../../src/main/resources/db/migration/V1__reference_data.sql?raw'
import { GRID_COLUMNS, GRID_ROWS, RUSSIA_TILES, TILE_ORDER, neighbour } from './russiaTiles'

/** The regions the service knows: the reference migration (the same 89 as shared/reference/regions.csv). */
const codes = [...reference.matchAll(/INSERT INTO region \(code, [^)]*\) VALUES \('(\d{2})'/g)].map((m) => m[1])

describe('russiaTiles', () => {
  it('has a tile for each of the 89 regions and none for a region that does not exist', () => {
    expect(codes).toHaveLength(89)
    expect(Object.keys(RUSSIA_TILES).sort()).toEqual([...codes].sort())
  })

  it('puts no two tiles on one cell, each inside the grid', () => {
    const cells = Object.values(RUSSIA_TILES).map((tile) => `${tile.col},${tile.row}`)
    expect(new Set(cells).size).toBe(cells.length)
    for (const tile of Object.values(RUSSIA_TILES)) {
      expect(tile.col).toBeGreaterThanOrEqual(0)
      expect(tile.col).toBeLessThan(GRID_COLUMNS)
      expect(tile.row).toBeGreaterThanOrEqual(0)
      expect(tile.row).toBeLessThan(GRID_ROWS)
      expect(tile.short.length).toBeGreaterThan(0)
    }
  })

  it('lays the country out west to east and north to south', () => {
    expect(RUSSIA_TILES['39'].col).toBeLessThan(RUSSIA_TILES['77'].col) // Kaliningrad west of Moscow
    expect(RUSSIA_TILES['77'].col).toBeLessThan(RUSSIA_TILES['66'].col) // Moscow west of the Urals
    expect(RUSSIA_TILES['54'].col).toBeLessThan(RUSSIA_TILES['25'].col) // Novosibirsk west of Primorye
    expect(RUSSIA_TILES['51'].row).toBeLessThan(RUSSIA_TILES['77'].row) // Murmansk north of Moscow
    expect(RUSSIA_TILES['77'].row).toBeLessThan(RUSSIA_TILES['23'].row) // Moscow north of Krasnodar
  })

  it('reads the tiles row by row and moves the keyboard focus to the nearest tile', () => {
    expect(TILE_ORDER[0]).toBe('51')
    expect(TILE_ORDER).toHaveLength(89)
    expect(neighbour('77', 'left')).toBe('69') // Moscow → Tver
    expect(neighbour('77', 'down')).toBe('50') // Moscow → Moscow oblast
    expect(neighbour('74', 'right')).toBe('22') // Chelyabinsk crosses the gap to Altai krai
    expect(neighbour('51', 'up')).toBeNull()
  })
})
