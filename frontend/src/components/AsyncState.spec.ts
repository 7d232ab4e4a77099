import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AsyncState from './AsyncState.vue'
import { ApiError } from '../api/client'
import { register } from '../i18n'
import { commonMessages } from '../i18n/common'

register(commonMessages)

const mountWith = (props: { loading: boolean; error: ApiError | null; empty?: boolean; emptyText?: string }) =>
  mount(AsyncState, { props, slots: { default: '<p class="content">список</p>' } })

describe('AsyncState', () => {
  it('says it is loading while a call is under way, whatever the caller thinks of emptiness', () => {
    const wrapper = mountWith({ loading: true, error: null, empty: false })
    expect(wrapper.find('[role=status]').text()).toBe('Загрузка…')
  })

  it('says there is nothing when the answer is empty', () => {
    const wrapper = mountWith({ loading: false, error: null, empty: true, emptyText: 'Дефицитов нет.' })
    expect(wrapper.find('[role=status]').text()).toBe('Дефицитов нет.')
    expect(wrapper.find('.content').exists()).toBe(false)
  })

  it('shows the content once loaded', () => {
    const wrapper = mountWith({ loading: false, error: null, empty: false })
    expect(wrapper.find('.content').text()).toBe('список')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })

  it('shows a refusal plainly instead of the content', () => {
    const error = new ApiError(403, { status: 403, title: 'Доступ запрещён', detail: 'Изменять можно только данные своего региона.' })
    const wrapper = mountWith({ loading: false, error, empty: false })
    expect(wrapper.find('[role=alert]').text()).toContain('Изменять можно только данные своего региона.')
    expect(wrapper.find('.content').exists()).toBe(false)
  })
})
