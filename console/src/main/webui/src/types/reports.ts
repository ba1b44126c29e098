// analytics-service's report shapes (GET/PUT …/analytics/reports/commentary, …/reports/schedules).

export interface CommentarySlot { slot: string; text: string; updatedBy: string; updatedAt: string }

export interface Commentary { brand: string; from: string; to: string; slots: CommentarySlot[] }

export interface ReportDelivery {
  id: string; scheduleId: string; periodFrom: string; periodTo: string; language: string; recipients: string[];
  createdAt: string; status: 'sent' | 'failed'; problem: string | null; linkExpiresAt: string;
}

export interface ReportSchedule {
  id: string; brand: string; cadence: 'weekly' | 'monthly'; recipients: string[]; language: string;
  hours: 'all' | 'business'; nextRunAt: string; createdBy: string; createdAt: string; updatedBy: string;
  updatedAt: string; lastDelivery: ReportDelivery | null;
}
