import type { MessageSet } from '.'

/** Labels of every enum the API uses: enum.<Type>.<VALUE>. */
const ru: Record<string, Record<string, string>> = {
  DeficitStatus: { OPEN: 'Открыт', ADDRESSED: 'Прорабатывается', CLOSED: 'Закрыт' },
  Severity: { LOW: 'Низкая', MEDIUM: 'Средняя', HIGH: 'Высокая', CRITICAL: 'Критическая' },
  PracticeStatus: {
    DRAFT: 'Черновик', SUBMITTED: 'На проверке', VERIFIED: 'Подтверждена',
    RECOMMENDED: 'Рекомендована к тиражированию', ARCHIVED: 'В архиве',
  },
  Maturity: { EMERGING: 'Формирующаяся', ESTABLISHED: 'Сложившаяся', SUSTAINABLE: 'Устойчивая' },
  AdoptionOutcome: { PLANNED: 'Запланировано', IN_PROGRESS: 'Идёт внедрение', SUCCESSFUL: 'Успешно', UNSUCCESSFUL: 'Не удалось' },
  PortfolioStatus: { DRAFT: 'Черновик', FORMED: 'Сформирован', APPROVED: 'Утверждён' },
  ProjectStage: {
    PROPOSED: 'Предложен', REFINEMENT: 'Доработка после сессии', PRE_DEFENSE: 'Предзащита', DEFENSE: 'Защита',
    APPROVED: 'Утверждён', IMPLEMENTATION: 'Реализация', COMPLETED: 'Завершён', REVISION: 'На доработке',
    ON_HOLD: 'Приостановлен', REJECTED: 'Отклонён',
  },
  NotificationKind: {
    PROJECT_REVISION: 'Возврат на доработку', PROJECT_ASSESSED: 'Оценка проекта', PROJECT_STAGE: 'Этап проекта',
    PROJECT_QUEUED: 'Ждёт оценки', PRACTICE_BORROWED: 'Заимствование практики', PRACTICE_ADOPTED: 'Внедрение практики',
    PRACTICE_LINKED: 'Влияние практики', PRACTICE_VERIFIED: 'Практика проверена', REMARK_CREATED: 'Замечание эксперта',
    REMARK_ANSWERED: 'Ответ на замечание',
  },
  RemarkPart: {
    TITLE: 'Название', GOAL: 'Цель', DESCRIPTION: 'Описание', EXPECTED_RESULTS: 'Ожидаемые результаты',
    INDICATORS: 'Показатели', DATES: 'Сроки', LEAD_SUBJECT: 'Ведущий субъект', PARTNERS: 'Партнёры',
    DEFICITS: 'Дефициты', PRACTICES: 'Практики', SESSION: 'Сессия', CURATOR: 'Куратор',
  },
  RemarkStatus: { OPEN: 'Открыто', RESOLVED: 'Снято' },
  Recommendation: { APPROVE: 'Одобрить', REVISE: 'Доработать', REJECT: 'Отклонить' },
  EdgeKind: {
    PRACTICE_USED: 'Использует практику', DEFICIT_ADDRESSED: 'Закрывает дефицит', PARTNERSHIP: 'Партнёрство',
    ADOPTION: 'Внедрение практики', DECLARED: 'Заявленная связь',
  },
  InfluenceKind: {
    PRACTICE_TRANSFER: 'Передача практики', DEFICIT_CLOSURE: 'Закрытие дефицита', PARTNERSHIP: 'Партнёрство',
    SYNERGY: 'Синергия', CONFLICT: 'Противоречие',
  },
  ReasonCode: {
    SHARED_CATEGORIES: 'Общие категории', RELATED_CATEGORIES: 'Родственные категории', TEXT_SIMILARITY: 'Близость текстов',
    STATUS: 'Статус', MATURITY: 'Зрелость', SUCCESSFUL_ADOPTIONS: 'Успешные внедрения',
  },
  Role: { ADMIN: 'Администратор', EXPERT: 'Эксперт', REGIONAL_COORDINATOR: 'Региональный координатор', VIEWER: 'Наблюдатель' },
  SearchType: {
    SUBJECT: 'Субъект ЕФС', PERSON: 'Человек', SESSION: 'Сессия', DEFICIT: 'Дефицит', PRACTICE: 'Практика', PROJECT: 'Проект',
  },
  SessionFormat: { REGIONAL: 'Региональная', INTERREGIONAL: 'Межрегиональная', ALL_RUSSIAN: 'Всероссийская' },
  SessionRole: { LEAD_EXPERT: 'Ведущий эксперт', EXPERT: 'Эксперт', MODERATOR: 'Модератор', SPEAKER: 'Спикер', PARTICIPANT: 'Участник' },
  SessionStatus: {
    PLANNED: 'Запланирована', HELD: 'Проведена', POST_SESSION_SUPPORT: 'Постсессионное сопровождение',
    COMPLETED: 'Завершена', CANCELLED: 'Отменена',
  },
  SubjectLevel: { FEDERAL: 'Федеральный', REGIONAL: 'Региональный', MUNICIPAL: 'Муниципальный', SCHOOL: 'Школьный' },
  SubjectType: {
    MINISTRY: 'Министерство', FEDERAL_OPERATOR: 'Федеральный оператор', UNIVERSITY_CENTER: 'Центр при вузе',
    FEDERAL_CENTER: 'Федеральный центр', REGIONAL_AUTHORITY: 'Региональный орган управления образованием',
    EDUCATION_DEVELOPMENT_INSTITUTE: 'Институт развития образования', CNPPM: 'ЦНППМ', ASSESSMENT_CENTER: 'Центр оценки качества',
    UNIVERSITY: 'Вуз', MUNICIPAL_SERVICE: 'Муниципальная методическая служба', SCHOOL_SERVICE: 'Школьная методическая служба',
  },
}

const en: Record<string, Record<string, string>> = {
  DeficitStatus: { OPEN: 'Open', ADDRESSED: 'Being addressed', CLOSED: 'Closed' },
  Severity: { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High', CRITICAL: 'Critical' },
  PracticeStatus: {
    DRAFT: 'Draft', SUBMITTED: 'Submitted', VERIFIED: 'Verified', RECOMMENDED: 'Recommended for replication', ARCHIVED: 'Archived',
  },
  Maturity: { EMERGING: 'Emerging', ESTABLISHED: 'Established', SUSTAINABLE: 'Sustainable' },
  AdoptionOutcome: { PLANNED: 'Planned', IN_PROGRESS: 'In progress', SUCCESSFUL: 'Successful', UNSUCCESSFUL: 'Unsuccessful' },
  PortfolioStatus: { DRAFT: 'Draft', FORMED: 'Formed', APPROVED: 'Approved' },
  ProjectStage: {
    PROPOSED: 'Proposed', REFINEMENT: 'Post-session refinement', PRE_DEFENSE: 'Pre-defence', DEFENSE: 'Defence',
    APPROVED: 'Approved', IMPLEMENTATION: 'Implementation', COMPLETED: 'Completed', REVISION: 'Revision',
    ON_HOLD: 'On hold', REJECTED: 'Rejected',
  },
  NotificationKind: {
    PROJECT_REVISION: 'Returned for revision', PROJECT_ASSESSED: 'Project assessed', PROJECT_STAGE: 'Project stage',
    PROJECT_QUEUED: 'Awaits assessment', PRACTICE_BORROWED: 'Practice borrowed', PRACTICE_ADOPTED: 'Practice adopted',
    PRACTICE_LINKED: 'Practice influence', PRACTICE_VERIFIED: 'Practice verified', REMARK_CREATED: 'Expert remark',
    REMARK_ANSWERED: 'Remark answered',
  },
  RemarkPart: {
    TITLE: 'Title', GOAL: 'Goal', DESCRIPTION: 'Description', EXPECTED_RESULTS: 'Expected results',
    INDICATORS: 'Indicators', DATES: 'Dates', LEAD_SUBJECT: 'Lead subject', PARTNERS: 'Partners',
    DEFICITS: 'Deficits', PRACTICES: 'Practices', SESSION: 'Session', CURATOR: 'Curator',
  },
  RemarkStatus: { OPEN: 'Open', RESOLVED: 'Resolved' },
  Recommendation: { APPROVE: 'Approve', REVISE: 'Revise', REJECT: 'Reject' },
  EdgeKind: {
    PRACTICE_USED: 'Uses a practice', DEFICIT_ADDRESSED: 'Addresses a deficit', PARTNERSHIP: 'Partnership',
    ADOPTION: 'Practice adoption', DECLARED: 'Declared link',
  },
  InfluenceKind: {
    PRACTICE_TRANSFER: 'Practice transfer', DEFICIT_CLOSURE: 'Deficit closure', PARTNERSHIP: 'Partnership',
    SYNERGY: 'Synergy', CONFLICT: 'Conflict',
  },
  ReasonCode: {
    SHARED_CATEGORIES: 'Shared categories', RELATED_CATEGORIES: 'Related categories', TEXT_SIMILARITY: 'Text closeness',
    STATUS: 'Status', MATURITY: 'Maturity', SUCCESSFUL_ADOPTIONS: 'Successful adoptions',
  },
  Role: { ADMIN: 'Administrator', EXPERT: 'Expert', REGIONAL_COORDINATOR: 'Regional coordinator', VIEWER: 'Viewer' },
  SearchType: { SUBJECT: 'ЕФС subject', PERSON: 'Person', SESSION: 'Session', DEFICIT: 'Deficit', PRACTICE: 'Practice', PROJECT: 'Project' },
  SessionFormat: { REGIONAL: 'Regional', INTERREGIONAL: 'Interregional', ALL_RUSSIAN: 'All-Russian' },
  SessionRole: { LEAD_EXPERT: 'Lead expert', EXPERT: 'Expert', MODERATOR: 'Moderator', SPEAKER: 'Speaker', PARTICIPANT: 'Participant' },
  SessionStatus: {
    PLANNED: 'Planned', HELD: 'Held', POST_SESSION_SUPPORT: 'Post-session support', COMPLETED: 'Completed', CANCELLED: 'Cancelled',
  },
  SubjectLevel: { FEDERAL: 'Federal', REGIONAL: 'Regional', MUNICIPAL: 'Municipal', SCHOOL: 'School' },
  SubjectType: {
    MINISTRY: 'Ministry', FEDERAL_OPERATOR: 'Federal operator', UNIVERSITY_CENTER: 'University centre', FEDERAL_CENTER: 'Federal centre',
    REGIONAL_AUTHORITY: 'Regional education authority', EDUCATION_DEVELOPMENT_INSTITUTE: 'Institute of education development',
    CNPPM: 'ЦНППМ (teacher development centre)', ASSESSMENT_CENTER: 'Assessment centre', UNIVERSITY: 'University',
    MUNICIPAL_SERVICE: 'Municipal methodological service', SCHOOL_SERVICE: 'School methodological service',
  },
}

function flatten(tree: Record<string, Record<string, string>>) {
  const out: Record<string, string> = {}
  for (const [type, values] of Object.entries(tree)) {
    for (const [value, label] of Object.entries(values)) out[`enum.${type}.${value}`] = label
  }
  return out
}

export const enumMessages: MessageSet = { ru: flatten(ru), en: flatten(en) }

/** The values of an enum, in the order they are listed above (for filters and selects). */
export function enumValues(type: string): string[] {
  return Object.keys(ru[type] ?? {})
}
