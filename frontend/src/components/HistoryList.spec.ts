import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import HistoryList from './HistoryList.vue'
import type { Schemas } from '../api/client'
import { register, setLocale } from '../i18n'
import { commonMessages } from '../i18n/common'

register(commonMessages)

type Change = Schemas['FieldChange']

const change = (c: Partial<Change> & Pick<Change, 'field' | 'label' | 'labelEn' | 'valueType'>): Change =>
  ({ refs: [], items: [], ...c })

const target = (values: { from?: number; to?: number }): Change =>
  change({ field: 'target', label: 'Целевое значение', labelEn: 'Target', valueType: 'NUMBER', ...values })

/** A project's update as the service words it (in Russian), then its creation. */
function history(english = false): Schemas['HistoryEntry'][] {
  return [
    {
      revision: 12, changedAt: '2023-10-11T09:30:00Z', changedBy: 'coordinator27', action: 'UPDATED',
      changes: [
        change({
          field: 'curatorPersonId', label: 'Эксперт-куратор', labelEn: 'Curator expert', valueType: 'REFERENCE',
          from: 2, to: 3, fromDisplay: 'Иванова Мария Петровна', toDisplay: 'Петров Илья Сергеевич',
          refs: [
            { type: 'PERSON', id: 2, name: 'Иванова Мария Петровна' },
            { type: 'PERSON', id: 3, name: 'Петров Илья Сергеевич' },
          ],
        }),
        change({
          field: 'deficitIds', label: 'Дефициты', labelEn: 'Deficits', valueType: 'REFERENCE', from: [17], to: [17, 21],
          refs: [
            { type: 'DEFICIT', id: 17, name: 'Нет системы наставничества' },
            { type: 'DEFICIT', id: 21, name: null },
          ],
        }),
        change({
          field: 'curator', label: 'Эксперт-куратор', labelEn: 'Curator expert', valueType: 'TEXT',
          from: { id: 2, title: 'Иванова Мария Петровна' }, to: { id: 3, title: 'Петров Илья Сергеевич' },
          fromDisplay: 'Иванова Мария Петровна', toDisplay: 'Петров Илья Сергеевич',
        }),
        change({
          field: 'stage', label: 'Этап', labelEn: 'Stage', valueType: 'ENUM', from: 'PROPOSED', to: 'REFINEMENT',
          fromDisplay: english ? 'Proposed' : 'Предложен',
          toDisplay: english ? 'Post-session refinement' : 'Доработка после сессии',
        }),
        change({
          field: 'startDate', label: 'Дата начала', labelEn: 'Start date', valueType: 'DATE',
          from: '2024-01-15', to: '2024-03-01',
        }),
        change({
          field: 'indicators', label: 'Показатели', labelEn: 'Indicators', valueType: 'ITEMS', from: [], to: [],
          items: [
            {
              action: 'CHANGED', name: 'Число наставнических пар',
              changes: [target({ from: 40, to: 1500 })],
            },
            {
              action: 'ADDED', name: 'Участники сообществ',
              changes: [
                change({ field: 'unit', label: 'Единица измерения', labelEn: 'Unit', valueType: 'TEXT', to: 'чел.' }),
              ],
            },
            {
              action: 'REMOVED', name: 'Доля закреплённых педагогов',
              changes: [target({ from: 80 })],
            },
          ],
        }),
      ],
    },
    { revision: 11, changedAt: '2023-10-10T07:00:00Z', changedBy: 'admin', action: 'CREATED', changes: [] },
  ]
}

async function mountHistory(english = false) {
  const routes = [{ path: '/:any(.*)*', component: { template: '<p/>' } }]
  const router = createRouter({ history: createMemoryHistory(), routes })
  router.push('/projects/5')
  await router.isReady()
  const load = async () => history(english)
  const wrapper = mount(HistoryList, { props: { load }, global: { plugins: [router] } })
  await flushPromises()
  return wrapper
}

const row = (wrapper: Awaited<ReturnType<typeof mountHistory>>, field: string) =>
  wrapper.find(`tr[data-field="${field}"]`)

afterEach(() => setLocale('ru'))

describe('HistoryList', () => {
  it('names each field by its label and the people and deficits by name, with links to them', async () => {
    const wrapper = await mountHistory()
    const curator = row(wrapper, 'curatorPersonId')
    expect(curator.find('th').text()).toBe('Эксперт-куратор')
    expect(curator.text()).not.toContain('curatorPersonId')
    const people = curator.findAll('a')
    expect(people.map((a) => a.text())).toEqual(['Иванова Мария Петровна', 'Петров Илья Сергеевич'])
    expect(people.map((a) => a.attributes('href'))).toEqual(['/people/2', '/people/3'])
    const deficits = row(wrapper, 'deficitIds')
    expect(deficits.find('a[href="/deficits/17"]').text()).toBe('Нет системы наставничества')
    expect(deficits.text()).toContain('№ 21 (удалён)')
    expect(deficits.find('a[href="/deficits/21"]').exists()).toBe(false)
    expect(row(wrapper, 'curator').exists()).toBe(false)
  })

  it('shows statuses by their labels, dates the Russian way and the action as a word', async () => {
    const wrapper = await mountHistory()
    const stage = row(wrapper, 'stage')
    expect(stage.find('th').text()).toBe('Этап')
    expect(stage.text()).toContain('Предложен')
    expect(stage.text()).toContain('Доработка после сессии')
    expect(stage.text()).not.toContain('PROPOSED')
    const expected = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric' })
      .format(new Date(2024, 2, 1))
    expect(row(wrapper, 'startDate').text()).toContain(expected)
    expect(row(wrapper, 'startDate').text()).toContain('1 марта 2024')
    expect(row(wrapper, 'startDate').text()).not.toContain('2024-03-01')
    expect(wrapper.findAll('.history__who strong').map((s) => s.text())).toEqual(['Создано', 'Изменено'])
  })

  it('shows what changed in the indicators as a small table of rows', async () => {
    const wrapper = await mountHistory()
    const rows = row(wrapper, 'indicators').findAll('.history__rows tbody tr')
    expect(rows).toHaveLength(3)
    expect(rows[0].find('th').text()).toBe('Число наставнических пар')
    expect(rows[0].text()).toContain('Изменена')
    expect(rows[0].text()).toMatch(/Целевое значение:\s*40\s*→\s*1\s500/)
    expect(rows[1].text()).toContain('Добавлена')
    expect(rows[1].text()).toContain('Единица измерения: чел.')
    expect(rows[2].text()).toContain('Удалена')
    expect(rows[2].text()).toContain('Целевое значение: 80')
    expect(row(wrapper, 'indicators').text()).not.toContain('{')
  })

  it('reads in English in the English interface', async () => {
    setLocale('en')
    const wrapper = await mountHistory(true)
    expect(row(wrapper, 'curatorPersonId').find('th').text()).toBe('Curator expert')
    expect(row(wrapper, 'stage').text()).toContain('Post-session refinement')
    expect(row(wrapper, 'startDate').text()).toContain('1 March 2024')
    expect(row(wrapper, 'deficitIds').text()).toContain('No. 21 (deleted)')
    expect(row(wrapper, 'indicators').text()).toContain('Added')
    expect(wrapper.find('thead th').text()).toBe('Field')
  })
})
