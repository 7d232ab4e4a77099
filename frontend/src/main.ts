import { createApp } from 'vue'
import App from './App.vue'
import { router } from './router'
import { register } from './i18n'
import { commonMessages } from './i18n/common'
import { enumMessages } from './i18n/enums'
import './styles.css'

register(commonMessages)
register(enumMessages)
document.documentElement.lang = localStorage.getItem('efs.locale') === 'en' ? 'en' : 'ru'

createApp(App).use(router).mount('#app')
