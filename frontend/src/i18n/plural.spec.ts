import { afterEach, describe, expect, it } from 'vitest'
import influenceMessages from '../features/influence/messages'
import overviewMessages from '../features/overview/messages'
import practiceMessages from '../features/practices/messages'
import regionMessages from '../features/regions/messages'
import { register, setLocale, t, tn } from '.'

for (const m of [influenceMessages, overviewMessages, practiceMessages, regionMessages]) register(m)

describe('counts in Russian and English', () => {
  afterEach(() => setLocale('ru'))

  it('takes the form each Russian number asks for', () => {
    const years = [1, 2, 5, 11, 21, 22, 25, 111].map((n) => tn('practices.yearsValue', n))
    expect(years).toEqual(['1 год', '2 года', '5 лет', '11 лет', '21 год', '22 года', '25 лет', '111 лет'])
    expect([1, 3, 89].map((n) => tn('regions.regionCount', n))).toEqual(['1 регион', '3 региона', '89 регионов'])
    expect([1, 4, 12].map((n) => tn('influence.links', n))).toEqual(['1 связь', '4 связи', '12 связей'])
    expect(tn('overview.ofRegions', 21)).toBe('из 21 региона')
    expect(tn('overview.ofRegions', 89)).toBe('из 89 регионов')
  })

  it('writes big numbers with a space between thousands', () => {
    expect(tn('regions.regionCount', 12000)).toBe('12\u00a0000 регионов')
  })

  it('speaks English in the English interface', () => {
    setLocale('en')
    expect([1, 7].map((n) => tn('practices.yearsValue', n))).toEqual(['1 year', '7 years'])
    expect(tn('influence.links', 1)).toBe('1 link')
    expect(tn('overview.ofRegions', 89)).toBe('of 89 regions')
  })
})

describe('quotes around titles', () => {
  it('does not quote a title that is in quotes already', () => {
    register({ ru: { 'test.assess': 'Оценить «{name}»' }, en: { 'test.assess': 'Assess «{name}»' } })
    expect(t('test.assess', { name: '«Школа наставников»' })).toBe('Оценить «Школа наставников»')
    expect(t('test.assess', { name: 'Школа наставников' })).toBe('Оценить «Школа наставников»')
    expect(t('test.assess', { name: 'Школа «Учитель»' })).toBe('Оценить «Школа «Учитель»»')
  })
})
