import { describe, expect, it } from 'vitest'
import { compareNames } from '.'

describe('compareNames', () => {
  it('orders names as a person reads them: case and «ё» do not split the alphabet', () => {
    const names = ['ёжиков', 'Ершов', 'Ежов', 'абрамов', 'Яковлев', 'Ёлкин']
    expect([...names].sort(compareNames)).toEqual(['абрамов', 'ёжиков', 'Ежов', 'Ёлкин', 'Ершов', 'Яковлев'])
  })

  it('puts numbers in number order and treats a missing name as empty', () => {
    expect(['Школа № 12', 'Школа № 2', null].sort(compareNames)).toEqual([null, 'Школа № 2', 'Школа № 12'])
  })
})
