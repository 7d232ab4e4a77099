import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import ImportView from './ImportView.vue'
import messages from './messages'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register, setLocale, tn } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { me } from '../../auth/session'
import { setCsrfToken } from '../../api/client'

register(commonMessages)
register(messages)

type Role = 'ADMIN' | 'REGIONAL_COORDINATOR' | 'EXPERT' | 'VIEWER'

function signIn(role: Role) {
  me.value = { username: 'u', fullName: 'U', role, regionCode: role === 'REGIONAL_COORDINATOR' ? '27' : null, csrfToken: 'tok' } as typeof me.value
  setCsrfToken('tok')
}

async function mountView(url = '/imports') {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/imports', name: 'imports', component: ImportView }] })
  router.push(url)
  await router.isReady()
  const wrapper = mount(ImportView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

async function chooseFile(wrapper: VueWrapper, name = 'люди.xlsx') {
  const input = wrapper.get('[data-testid=import-file]')
  Object.defineProperty(input.element, 'files', { value: [new File(['PK'], name)], configurable: true })
  await input.trigger('change')
}

const report = (over: Record<string, unknown> = {}) => ({
  kind: 'people', dryRun: true, written: 0, rowsRead: 12, toCreate: 7, toUpdate: 3, unchanged: 2, errors: [], ...over,
})
const twoErrors = [
  { row: 4, column: 'Субъект ЕФС', message: 'Нет такого субъекта: «ИРО 99»' },
  { row: 9, column: null, message: 'Строка пуста' },
]
const imports = () => calls.filter((c) => c.path.startsWith('/api/v1/imports/') && c.method === 'POST')
const loadButton = (w: VueWrapper) => w.get('[data-testid=import-load]')
const count = (w: VueWrapper, key: string) => w.get(`[data-count=${key}]`)

describe('ImportView', () => {
  beforeEach(() => {
    resetApi()
    setLocale('ru')
    signIn('REGIONAL_COORDINATOR')
    reply('GET', '/api/v1/regions', { status: 200, body: { items: [{ code: '27', name: 'Хабаровский край' }], page: 0, size: 100, totalItems: 1, totalPages: 1 } })
  })
  afterEach(() => {
    document.body.innerHTML = ''
    vi.restoreAllMocks()
  })

  it('checks the file with a dry run and shows the counts and every error with its row and column', async () => {
    reply('POST', '/api/v1/imports/people', { status: 200, body: report({ errors: twoErrors }) })
    const { wrapper } = await mountView()
    expect(wrapper.text()).toContain('Координатор загружает записи только своего региона (Хабаровский край).')
    await wrapper.get('input[value=people]').setValue(true)
    await chooseFile(wrapper)
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(imports()).toHaveLength(1)
    expect(imports()[0].query.get('dryRun')).toBe('true')
    expect(imports()[0].headers.get('X-CSRF-Token')).toBe('tok')
    expect(((imports()[0].body as FormData).get('file') as File).name).toBe('люди.xlsx')

    const shown = wrapper.get('[data-testid=import-report]')
    expect(shown.text()).toContain('Итог проверки')
    expect(shown.text()).toContain('В файле 12 строк.')
    expect(shown.text()).toContain('Найдены 2 ошибки — исправьте файл и проверьте его снова.')
    expect(count(wrapper, 'toCreate').text()).toContain('Будет создано')
    expect(count(wrapper, 'toCreate').text()).toContain('7')
    expect(count(wrapper, 'toUpdate').text()).toContain('3')
    expect(count(wrapper, 'unchanged').text()).toContain('2')
    const rows = wrapper.findAll('[data-testid=import-errors] tbody tr').map((r) => r.findAll('td').map((td) => td.text()))
    expect(rows).toEqual([['4', 'Субъект ЕФС', 'Нет такого субъекта: «ИРО 99»'], ['9', '—', 'Строка пуста']])
    expect(loadButton(wrapper).attributes('disabled')).toBeDefined()
  })

  it('loads for real only after a clean check, then reports what was written', async () => {
    reply('POST', '/api/v1/imports/deficits', (call) => call.query.get('dryRun') === 'true'
      ? { status: 200, body: report({ kind: 'deficits', rowsRead: 1, toCreate: 1, toUpdate: 0, unchanged: 0 }) }
      : { status: 200, body: report({ kind: 'deficits', dryRun: false, written: 1, rowsRead: 1, toCreate: 1, toUpdate: 0, unchanged: 0 }) })
    const { wrapper } = await mountView('/imports?kind=deficits')
    await chooseFile(wrapper, 'deficits.csv')
    expect(loadButton(wrapper).attributes('disabled')).toBeDefined()

    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.text()).toContain('В файле 1 строка.')
    expect(wrapper.text()).toContain('Ошибок нет — можно загружать.')
    expect(loadButton(wrapper).attributes('disabled')).toBeUndefined()

    await loadButton(wrapper).trigger('click')
    await flushPromises()
    expect(imports().map((c) => c.query.get('dryRun'))).toEqual(['true', 'false'])
    expect(wrapper.get('[data-testid=import-report]').text()).toContain('Итог загрузки')
    expect(wrapper.text()).toContain('Записана 1 запись.')
    expect(count(wrapper, 'toCreate').text()).toContain('Создано')
    // The same file is not loaded twice by a second click.
    expect(loadButton(wrapper).attributes('disabled')).toBeDefined()
  })

  it('shows the refusal and the report a 422 carried when the real import met errors', async () => {
    reply('POST', '/api/v1/imports/projects', (call) => call.query.get('dryRun') === 'true'
      ? { status: 200, body: report({ kind: 'projects' }) }
      : { status: 422, body: {
        type: 'about:blank', title: 'Файл не загружен', status: 422, detail: 'В файле ошибки: ничего не записано.',
        details: { report: report({ kind: 'projects', dryRun: false, errors: [twoErrors[0]] }) },
      } })
    const { wrapper } = await mountView('/imports?kind=projects')
    await chooseFile(wrapper, 'projects.xlsx')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    await loadButton(wrapper).trigger('click')
    await flushPromises()

    expect(wrapper.get('[data-testid=problem]').text()).toContain('В файле ошибки: ничего не записано.')
    expect(wrapper.get('[data-testid=import-report]').text()).toContain('Найдена 1 ошибка')
    expect(wrapper.findAll('[data-testid=import-errors] tbody tr')).toHaveLength(1)
    expect(wrapper.get('[data-testid=import-errors]').text()).toContain('Нет такого субъекта: «ИРО 99»')
    expect(loadButton(wrapper).attributes('disabled')).toBeDefined()
  })

  it('names the file’s problem under the file input when the service cannot read it', async () => {
    reply('POST', '/api/v1/imports/deficits', problem(400, 'Файл не прочитан', [{ field: 'file', message: 'Это не таблица XLSX' }]))
    const { wrapper } = await mountView()
    await chooseFile(wrapper, 'broken.xlsx')
    await wrapper.get('form').trigger('submit')
    await flushPromises()

    expect(wrapper.get('[data-testid=problem]').text()).toContain('Файл не прочитан')
    expect(wrapper.get('.field__error').text()).toBe('Это не таблица XLSX')
    expect(wrapper.find('[data-testid=import-report]').exists()).toBe(false)
    expect(loadButton(wrapper).attributes('disabled')).toBeDefined()
  })

  it('sends nothing without a file or with a file that is neither XLSX nor CSV', async () => {
    const { wrapper } = await mountView()
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('.field__error').text()).toBe('Выберите файл')
    await chooseFile(wrapper, 'отчёт.pdf')
    await wrapper.get('form').trigger('submit')
    expect(wrapper.get('.field__error').text()).toBe('Нужен файл XLSX или CSV')
    expect(imports()).toHaveLength(0)
  })

  it('offers the five kinds in Russian and the template of the chosen one', async () => {
    reply('GET', '/api/v1/imports/practices/template', { status: 200, file: 'PK', headers: { 'Content-Type': 'application/octet-stream' } })
    URL.createObjectURL = vi.fn(() => 'blob:template')
    URL.revokeObjectURL = vi.fn()
    const names: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download) })
    const { wrapper, router } = await mountView()
    expect(wrapper.findAll('.imports__kind').map((l) => l.text())).toEqual(['Субъекты ЕФС', 'Люди', 'Дефициты', 'Практики', 'Проекты'])

    await wrapper.get('input[value=practices]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query.kind).toBe('practices')
    await wrapper.get('.imports__template button').trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.method === 'GET' && c.path === '/api/v1/imports/practices/template')).toBe(true)
    expect(names).toEqual(['practices.xlsx'])
  })

  it('tells experts and viewers that importing is not theirs, with no form to fill', async () => {
    signIn('VIEWER')
    const { wrapper } = await mountView()
    expect(wrapper.text()).toContain('Загружать данные могут администраторы и региональные координаторы.')
    expect(wrapper.find('form').exists()).toBe(false)
  })
})

describe('counts in sentences', () => {
  it('takes the Russian plural form the number asks for', () => {
    setLocale('ru')
    expect([0, 1, 2, 5, 11, 21, 22, 25, 101].map((n) => tn('imports.rowsRead', n))).toEqual([
      'В файле 0 строк.', 'В файле 1 строка.', 'В файле 2 строки.', 'В файле 5 строк.', 'В файле 11 строк.',
      'В файле 21 строка.', 'В файле 22 строки.', 'В файле 25 строк.', 'В файле 101 строка.',
    ])
    expect(tn('imports.written', 1000)).toBe('Записано 1\u00a0000 записей.')
    setLocale('en')
    expect([1, 2].map((n) => tn('imports.rowsRead', n))).toEqual(['The file has 1 row.', 'The file has 2 rows.'])
    setLocale('ru')
  })
})
