/**
 * @charte/server — Charte's HTTP API and public charter pages, on SQLite or PostgreSQL.
 */
export { type App, type AppOptions, BODY_LIMIT, createApp } from './app.js';
export { type Access, ROLES, ROUTE_ACCESS, type RouteKey } from './auth/permissions.js';
export { type DatabaseHandle, type DatabaseKind, openDatabase } from './db/connect.js';
export { MIGRATIONS, migrateToLatest, migrationsApplied } from './db/migrations.js';
export type { Database, Lang, Role, VersionStatus } from './db/schema.js';
export { type AddedUser, AddUserError, type AddUserInput, addUser } from './domain/accounts.js';
export { demoteHeadings, folderToMarkdown, templateSources } from './domain/charter-markdown.js';
export { DEMO_ACCOUNTS, DEMO_ORGANIZATION, DEMO_PASSWORD, seedDemo } from './domain/demo.js';
export { createOrganization } from './domain/organizations.js';
export { type PasswordSet, SetPasswordError, setUserPassword } from './domain/passwords.js';
export { CONFLICT_REASONS, ERROR_CODES } from './messages.js';
export { BROWSER_NAMES, findBrowser, printPdf } from './pdf.js';
export { configFromEnv, type RunningServer, type ServerConfig, startServer } from './server.js';
