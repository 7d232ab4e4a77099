import type { MessageSet } from '.'

/** Texts of file downloads (exports, PDFs, templates); registered by the components that download. */
export const fileMessages: MessageSet = {
  ru: {
    'export.label': 'Экспорт',
    'export.choices': 'Выгрузить список в файл',
    'export.xlsx': 'Таблица Excel (XLSX)',
    'export.csv': 'Текст с разделителями (CSV)',
    'export.busy': 'Готовим файл…',
    'files.saved': 'Файл «{name}» сохранён.',
    'files.failed': 'Файл не получен',
    'files.notAFile': 'Сервис не прислал файл. Повторите позже.',
    'print.pdf': 'Печать / PDF',
    'print.pdfHint': 'Скачать страницу в PDF для печати',
  },
  en: {
    'export.label': 'Export',
    'export.choices': 'Save the list to a file',
    'export.xlsx': 'Excel spreadsheet (XLSX)',
    'export.csv': 'Comma-separated text (CSV)',
    'export.busy': 'Preparing the file…',
    'files.saved': 'The file “{name}” has been saved.',
    'files.failed': 'The file was not received',
    'files.notAFile': 'The service did not send a file. Try again later.',
    'print.pdf': 'Print / PDF',
    'print.pdfHint': 'Download the page as a PDF to print',
  },
}
