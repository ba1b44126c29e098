// analytics-service's report shapes (GET/PUT …/analytics/reports/commentary, …/reports/schedules), generated from its
// OpenAPI document (src/api/shapes.ts).
import type { AnalyticsSchemas, Filled, Refined } from '../api/shapes';

type S = AnalyticsSchemas;

export type CommentarySlot = Filled<S['ReportCommentarySlot']>;

export type Commentary = Refined<S['ReportCommentary'], { slots: CommentarySlot[] }>;

export type ReportDelivery = Refined<S['ReportDelivery'], { status: 'sent' | 'failed'; problem: string | null }>;

export type ReportSchedule = Refined<S['ReportSchedule'], {
  cadence: 'weekly' | 'monthly'; hours: 'all' | 'business'; lastDelivery: ReportDelivery | null;
}>;
