import { flushPromises, mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSuccessNotice } from './useSuccessNotice'

/** A screen with a success notice, as the views have: a save button, a field, another button and plain text. */
const Screen = defineComponent({
  setup() {
    const notice = useSuccessNotice('')
    const flag = useSuccessNotice(false)
    async function save() {
      await Promise.resolve()
      notice.value = 'Изменения сохранены.'
      flag.value = true
    }
    return { notice, flag, save }
  },
  template: `<div>
    <p v-if="notice" role="status">{{ notice }}</p>
    <p v-if="flag" data-testid="flag">Статус изменён.</p>
    <button type="button" data-testid="save" @click="save">Сохранить</button>
    <button type="button" data-testid="other">Удалить</button>
    <input data-testid="field" />
    <p data-testid="text">Описание</p>
  </div>`,
})

const page = { template: '<p>stub</p>' }

async function mountScreen() {
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/a', component: page }, { path: '/b', component: page },
  ] })
  await router.push('/a')
  const wrapper = mount(Screen, { global: { plugins: [router] }, attachTo: document.body })
  await wrapper.find('[data-testid=save]').trigger('click')
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve))
  return { wrapper, router }
}

describe('useSuccessNotice', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
  })

  it('stays after the action that showed it and while the person only reads', async () => {
    const { wrapper } = await mountScreen()
    expect(wrapper.find('[role=status]').text()).toBe('Изменения сохранены.')
    await wrapper.find('[data-testid=text]').trigger('click')
    expect(wrapper.find('[role=status]').exists()).toBe(true)
    expect(wrapper.find('[data-testid=flag]').exists()).toBe(true)
  })

  it('disappears when the person edits a field', async () => {
    const { wrapper } = await mountScreen()
    await wrapper.find('[data-testid=field]').setValue('новое')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
    expect(wrapper.find('[data-testid=flag]').exists()).toBe(false)
  })

  it('disappears when the person presses another button', async () => {
    const { wrapper } = await mountScreen()
    await wrapper.find('[data-testid=other]').trigger('click')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })

  it('disappears when the address changes', async () => {
    const { wrapper, router } = await mountScreen()
    await router.push('/b')
    await flushPromises()
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })

  it('disappears when the person goes back', async () => {
    const { wrapper } = await mountScreen()
    window.dispatchEvent(new PopStateEvent('popstate'))
    await flushPromises()
    expect(wrapper.find('[role=status]').exists()).toBe(false)
  })

  it('stays when the screen itself only changes the query, as when it selects what was saved', async () => {
    const { wrapper, router } = await mountScreen()
    await router.replace({ query: { edge: '27-22' } })
    await flushPromises()
    expect(wrapper.find('[role=status]').exists()).toBe(true)
  })

  it('shows again after the next success', async () => {
    const { wrapper } = await mountScreen()
    await wrapper.find('[data-testid=other]').trigger('click')
    expect(wrapper.find('[role=status]').exists()).toBe(false)
    await wrapper.find('[data-testid=save]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[role=status]').text()).toBe('Изменения сохранены.')
  })
})
