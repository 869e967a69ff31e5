/** The site writes dates with the analyzer's calendar-date helpers (also used by the templates). */
export { type CalendarDate, formatDate, isoDate, parseCalendarDate } from '@charte/analyzer';
