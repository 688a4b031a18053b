// Every Drizzle table of every module, for the database type and for drizzle-kit.
export * from '../modules/organisations/organisations.table';
export * from '../modules/accounts/accounts.table';
export * from './audit.table';
export * from '../modules/talent/talent.table';
export * from '../modules/positions/positions.table';
export * from '../modules/consultations/consultations.table';
export * from '../modules/bulletins/bulletins.table';
export * from '../modules/matching/matching.table';
export * from '../modules/notifications/notifications.table';
export * from '../modules/training/training.table';
export * from '../modules/governance/governance.table';
export * from '../modules/innovation/innovation.table';
export * from '../modules/techtransfer/techtransfer.table';
export * from '../modules/fairs/fairs.table';
export * from '../modules/live/live.table';
