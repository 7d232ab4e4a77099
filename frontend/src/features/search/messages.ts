import type { MessageSet } from '../../i18n'

export default {
  ru: {
    'search.title': 'Поиск',
    'search.lead': 'Субъекты ЕФС, люди, сессии, дефициты, практики и проекты. Лучшие совпадения — первыми.',
    'search.query': 'Что искать',
    'search.queryHint': 'Не короче двух символов; слова ищутся в любой форме («наставник» найдёт «наставничество»).',
    'search.tooShort': 'Введите не меньше двух символов',
    'search.types': 'Что показывать',
    'search.allTypes': 'Всё',
    'search.start': 'Введите слово или фразу, чтобы найти дефициты, практики, проекты, сессии, субъекты ЕФС и людей.',
    'search.nothing': 'По запросу «{q}» ничего не нашлось. Попробуйте другие слова или снимите фильтр по типам.',
    'search.results': 'Результаты поиска',
    'search.found': 'Найдено: {n}',
    'search.score': 'Релевантность {score}',
  },
  en: {
    'search.title': 'Search',
    'search.lead': 'ЕФС subjects, people, sessions, deficits, practices and projects. Best matches first.',
    'search.query': 'Search for',
    'search.queryHint': 'At least two characters; words match in any form.',
    'search.tooShort': 'Type at least two characters',
    'search.types': 'Show',
    'search.allTypes': 'Everything',
    'search.start': 'Type a word or a phrase to find deficits, practices, projects, sessions, ЕФС subjects and people.',
    'search.nothing': 'Nothing was found for “{q}”. Try other words or clear the type filter.',
    'search.results': 'Search results',
    'search.found': 'Found: {n}',
    'search.score': 'Relevance {score}',
  },
} satisfies MessageSet
