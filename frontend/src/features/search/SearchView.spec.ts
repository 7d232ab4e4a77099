import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import SearchView from './SearchView.vue'
import HighlightedText from './HighlightedText.vue'
import { highlightSegments } from './highlight'
import { calls, problem, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'

register(commonMessages)
register(enumMessages)

const stub = { template: '<p>page</p>' }

async function mountAt(url: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/search', name: 'search', component: SearchView },
    ...['subject', 'person', 'session', 'deficit', 'practice', 'project'].map((name) => ({ path: `/${name}s/:id`, name, component: stub })),
  ] })
  router.push(url)
  await router.isReady()
  const wrapper = mount(SearchView, { global: { plugins: [router] }, attachTo: document.body })
  await flushPromises()
  return { router, wrapper }
}

const page = (items: unknown[]) => ({ status: 200, body: { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 } })

describe('highlighted fragments', () => {
  it('keeps <mark> and turns every other tag into visible text', () => {
    const wrapper = mount(HighlightedText, { props: {
      fragment: 'до <mark>наставник</mark> <script>alert(1)</script> <img src=x onerror="alert(2)"> &lt;b&gt;жирный&lt;/b&gt; &amp; <mark>ов</mark>',
    } })
    expect(wrapper.findAll('mark').map((m) => m.text())).toEqual(['наставник', 'ов'])
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.text()).toContain('<script>alert(1)</script>')
    expect(wrapper.text()).toContain('<img src=x onerror="alert(2)">')
    expect(wrapper.text()).toContain('<b>жирный</b> &')
  })

  it('does not let a mark carry attributes or markup inside', () => {
    expect(highlightSegments('<mark onclick="x">a</mark>')).toEqual([{ text: '<mark onclick="x">a', mark: false }])
    expect(highlightSegments('<mark><img src=x onerror=1></mark>')).toEqual([{ text: '<img src=x onerror=1>', mark: true }])
  })
})

describe('SearchView', () => {
  beforeEach(() => {
    resetApi()
    reply('GET', '/api/v1/regions', page([{ code: '22', name: 'Алтайский край' }]))
  })

  it('asks for a query first and calls nothing', async () => {
    const { wrapper } = await mountAt('/search')
    expect(wrapper.text()).toContain('Введите слово или фразу')
    expect(calls.filter((c) => c.path === '/api/v1/search')).toHaveLength(0)
  })

  it('shows typed, ranked results linking to their pages, a hostile title staying text', async () => {
    reply('GET', '/api/v1/search', page([
      { type: 'PROJECT', id: 6, title: '<img src=x onerror=alert(1)>Сельский наставник', regionCode: '22', score: 9.4, highlight: 'Сельский <mark>наставник</mark>' },
      { type: 'DEFICIT', id: 5, title: 'Нехватка наставников', regionCode: '22', score: 7.4, highlight: 'Нехватка <mark>наставников</mark>' },
    ]))
    const { wrapper } = await mountAt('/search?q=наставник&types=PROJECT,DEFICIT')
    const search = calls.find((c) => c.path === '/api/v1/search')!
    expect(search.query.get('q')).toBe('наставник')
    expect(search.query.get('types')).toBe('PROJECT,DEFICIT')
    const links = wrapper.findAll('.search-result a')
    expect(links.map((a) => a.attributes('href'))).toEqual(['/projects/6', '/deficits/5'])
    expect(links[0].text()).toBe('<img src=x onerror=alert(1)>Сельский наставник')
    expect(wrapper.find('.search-result img').exists()).toBe(false)
    expect(wrapper.findAll('.search-result mark').map((m) => m.text())).toEqual(['наставник', 'наставников'])
    expect(wrapper.find('input[value=PROJECT]').element).toHaveProperty('checked', true)
    expect(wrapper.find('input[value=PERSON]').element).toHaveProperty('checked', false)
  })

  it('puts a type filter into the address bar', async () => {
    reply('GET', '/api/v1/search', page([]))
    const { wrapper, router } = await mountAt('/search?q=наставник')
    await wrapper.find('input[value=PRACTICE]').setValue(true)
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ q: 'наставник', types: 'PRACTICE' })
    expect(calls.filter((c) => c.path === '/api/v1/search').at(-1)!.query.get('types')).toBe('PRACTICE')
  })

  it('says plainly when nothing is found, and shows a refusal', async () => {
    reply('GET', '/api/v1/search', page([]))
    const { wrapper } = await mountAt('/search?q=ничего')
    expect(wrapper.text()).toContain('По запросу «ничего» ничего не нашлось')
    reply('GET', '/api/v1/search', problem(400, 'Слишком длинный запрос', [{ field: 'q', message: 'не длиннее 200' }]))
    const other = await mountAt('/search?q=что-то')
    expect(other.wrapper.find('[data-testid=problem]').text()).toContain('Слишком длинный запрос')
  })

  it('checks the query as the person types, before any call', async () => {
    const { wrapper } = await mountAt('/search')
    await wrapper.find('#search-q').setValue('н')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('.field__error').text()).toBe('Введите не меньше двух символов')
    expect(calls.filter((c) => c.path === '/api/v1/search')).toHaveLength(0)
  })
})
