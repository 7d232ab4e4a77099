import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import RemarksPanel from './RemarksPanel.vue'
import { calls, reply, resetApi } from '../../testing/fakeApi'
import { register } from '../../i18n'
import { commonMessages } from '../../i18n/common'
import { enumMessages } from '../../i18n/enums'
import { me } from '../../auth/session'

register(commonMessages)
register(enumMessages)

const remark = (id: number, status: 'OPEN' | 'RESOLVED', part: string | null, answer?: string) => ({
  id, projectId: 8, part, text: `Замечание ${id}: уточните показатели`, author: 'expert-t', status,
  answer: answer ?? null, answeredBy: answer ? 'coord27' : null, answeredAt: answer ? '2023-12-07T12:00:00Z' : null,
  createdAt: '2023-12-07T10:00:00Z', updatedAt: '2023-12-07T10:00:00Z', version: 3,
})

const PATH = '/api/v1/projects/8/remarks'

describe('RemarksPanel', () => {
  beforeEach(() => {
    resetApi()
    reply('GET', PATH, { status: 200, body: [
      remark(1, 'OPEN', 'INDICATORS'), remark(2, 'OPEN', null), remark(3, 'RESOLVED', 'GOAL', 'Цель уточнена'),
    ] })
  })

  it('lets the region\'s coordinator answer an open remark with its version', async () => {
    me.value = { username: 'coord27', role: 'REGIONAL_COORDINATOR', regionCode: '27' }
    reply('POST', `${PATH}/1/answer`, { status: 200, body: remark(1, 'OPEN', 'INDICATORS', 'Уточнили') })
    const wrapper = mount(RemarksPanel, { props: { projectId: 8, regionCode: '27' } })
    await flushPromises()
    expect(wrapper.find('[data-testid=remarks-open-count]').text()).toBe('2 открытых замечания')
    expect(wrapper.findAll('.remark strong').map((s) => s.text())).toEqual(['Показатели', 'Паспорт целиком', 'Цель'])
    expect(wrapper.findAll('.remark__form')).toHaveLength(2)
    expect(wrapper.find('.remark__new').exists()).toBe(false)
    expect(wrapper.find('.remark__actions').exists()).toBe(false)
    await wrapper.find('.remark__form textarea').setValue('Уточнили')
    await wrapper.find('.remark__form').trigger('submit')
    await flushPromises()
    const sent = calls.find((c) => c.method === 'POST')!
    expect(sent.path).toBe(`${PATH}/1/answer`)
    expect(sent.headers.get('If-Match')).toBe('"3"')
    expect(sent.body).toEqual({ answer: 'Уточнили' })
  })

  it('offers another region\'s coordinator nothing to answer', async () => {
    me.value = { username: 'coord22', role: 'REGIONAL_COORDINATOR', regionCode: '22' }
    const wrapper = mount(RemarksPanel, { props: { projectId: 8, regionCode: '27' } })
    await flushPromises()
    expect(wrapper.find('.remark__form').exists()).toBe(false)
  })

  it('lets the author expert resolve and reopen and add a remark', async () => {
    me.value = { username: 'expert-t', role: 'EXPERT' }
    const wrapper = mount(RemarksPanel, { props: { projectId: 8, regionCode: '27' } })
    await flushPromises()
    expect(wrapper.findAll('.remark__actions button').map((b) => b.text()))
      .toEqual(['Снять замечание', 'Снять замечание', 'Вернуть в работу'])
    expect(wrapper.find('.remark__form').exists()).toBe(false)
    await wrapper.find('.remark__new').trigger('submit')
    expect(wrapper.find('.field__error').text()).toBe('Заполните текст')
    expect(calls.some((c) => c.method === 'POST')).toBe(false)
  })

  it('shows only the open remarks and their count when read-only', async () => {
    me.value = { username: 'expert-t', role: 'EXPERT' }
    const wrapper = mount(RemarksPanel, { props: { projectId: 8, regionCode: '27', readOnly: true } })
    await flushPromises()
    expect(wrapper.findAll('.remark')).toHaveLength(2)
    expect(wrapper.find('.remark__actions').exists()).toBe(false)
    expect(wrapper.find('.remark__new').exists()).toBe(false)
  })
})
