import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ExportButton from './ExportButton.vue'
import { fileNameOf } from '../api/files'
import { calls, problem, reply, resetApi } from '../testing/fakeApi'
import { register } from '../i18n'
import { commonMessages } from '../i18n/common'

register(commonMessages)

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
let saved: { name: string; href: string }[] = []

async function mountAt(url: string, props: InstanceType<typeof ExportButton>['$props'] = { path: '/api/v1/deficits' }) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/deficits', component: { template: '<p/>' } }] })
  router.push(url)
  await router.isReady()
  const wrapper = mount(ExportButton, { props, global: { plugins: [router] }, attachTo: document.body })
  return wrapper
}

async function choose(wrapper: Awaited<ReturnType<typeof mountAt>>, format: 'xlsx' | 'csv') {
  await wrapper.get('[data-testid=export]').trigger('click')
  await wrapper.get(`[data-format=${format}]`).trigger('click')
  await flushPromises()
}

const exports = () => calls.filter((c) => c.path === '/api/v1/deficits')

describe('ExportButton', () => {
  beforeEach(() => {
    resetApi()
    saved = []
    URL.createObjectURL = vi.fn(() => 'blob:export-1')
    URL.revokeObjectURL = vi.fn()
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.getAttribute('href') ?? '' })
    })
    reply('GET', '/api/v1/deficits', {
      status: 200, file: 'PK…', headers: {
        'Content-Type': XLSX,
        'Content-Disposition': "attachment; filename=\"deficits.xlsx\"; filename*=UTF-8''%D0%94%D0%B5%D1%84%D0%B8%D1%86%D0%B8%D1%82%D1%8B.xlsx",
      },
    })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    document.body.innerHTML = ''
  })

  it('asks for the list with the address filters and sort, without page and size, and saves the named file', async () => {
    const wrapper = await mountAt('/deficits?q=наставник&regionCode=27&status=&page=3&size=50&sort=title,asc')
    await choose(wrapper, 'xlsx')

    expect(exports()).toHaveLength(1)
    const query = exports()[0].query
    expect(Object.fromEntries(query)).toEqual({ q: 'наставник', regionCode: '27', sort: 'title,asc', format: 'xlsx' })
    expect(exports()[0].headers.get('X-Requested-With')).toBe('XMLHttpRequest')
    expect(saved).toEqual([{ name: 'Дефициты.xlsx', href: 'blob:export-1' }])
    expect(wrapper.text()).toContain('Файл «Дефициты.xlsx» сохранён.')
  })

  it('takes the list’s own query when given, leaving out what the API does not take', async () => {
    const wrapper = await mountAt('/deficits?view=table', {
      path: '/api/v1/deficits', query: { view: 'table', stage: 'DEFENSE', regionCode: '', page: 2, size: 20, sort: 'updatedAt,desc' },
      omit: ['view'],
    })
    await choose(wrapper, 'csv')

    expect(Object.fromEntries(exports()[0].query)).toEqual({ stage: 'DEFENSE', sort: 'updatedAt,desc', format: 'csv' })
  })

  it('shows that the file is being made and lets nobody start a second one meanwhile', async () => {
    let answer!: (r: { status: number; file: string }) => void
    reply('GET', '/api/v1/deficits', () => new Promise((resolve) => (answer = resolve)))
    const wrapper = await mountAt('/deficits')
    await choose(wrapper, 'csv')

    const button = wrapper.get('[data-testid=export]')
    expect(button.text()).toContain('Готовим файл…')
    expect(button.attributes('disabled')).toBeDefined()
    answer({ status: 200, file: 'a;b' })
    await flushPromises()
    expect(button.attributes('disabled')).toBeUndefined()
    expect(saved.map((s) => s.name)).toEqual(['deficits.csv'])
  })

  it('shows the service’s problem when it refuses, and saves nothing', async () => {
    reply('GET', '/api/v1/deficits', problem(400, 'Неизвестное поле сортировки: colour'))
    const wrapper = await mountAt('/deficits?sort=colour,asc')
    await choose(wrapper, 'xlsx')

    expect(wrapper.get('[data-testid=problem]').text()).toContain('Неизвестное поле сортировки: colour')
    expect(saved).toEqual([])
  })

  it('opens from the keyboard, moves with the arrows and closes on Escape, back on its button', async () => {
    const wrapper = await mountAt('/deficits')
    const toggle = wrapper.get('[data-testid=export]')
    expect(toggle.attributes('aria-expanded')).toBe('false')

    await toggle.trigger('click')
    expect(toggle.attributes('aria-expanded')).toBe('true')
    await flushPromises()
    expect(document.activeElement?.getAttribute('data-format')).toBe('xlsx')
    await wrapper.get('[data-format=xlsx]').trigger('keydown', { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('data-format')).toBe('csv')

    await wrapper.get('[data-format=csv]').trigger('keydown', { key: 'Escape' })
    expect(toggle.attributes('aria-expanded')).toBe('false')
    expect(document.activeElement).toBe(toggle.element)
    expect(exports()).toHaveLength(0)
  })

  it('closes when a click lands elsewhere on the page', async () => {
    const wrapper = await mountAt('/deficits')
    const toggle = wrapper.get('[data-testid=export]')
    await toggle.trigger('click')
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }))
    await flushPromises()
    expect(toggle.attributes('aria-expanded')).toBe('false')
  })
})

describe('file names from Content-Disposition', () => {
  it('prefers the UTF-8 name and falls back to the plain one', () => {
    expect(fileNameOf("attachment; filename=\"a.pdf\"; filename*=UTF-8''%D0%9F%D1%80%D0%BE%D0%B5%D0%BA%D1%82.pdf")).toBe('Проект.pdf')
    expect(fileNameOf('attachment; filename="people.csv"')).toBe('people.csv')
    expect(fileNameOf('attachment')).toBeNull()
    expect(fileNameOf(null)).toBeNull()
  })
})
