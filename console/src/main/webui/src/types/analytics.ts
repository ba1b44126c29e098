// analytics-service's figures (docs/api/README.md#analytics; OpenAPI at /q/openapi on the service).

export interface MomentCounts {
  complaint: number; question: number; suggestion: number; praise: number; spam: number; unclassified: number;
  total: number;
}

export interface VolumeBucket extends MomentCounts { start: string }

export interface Volumes {
  brand: string; platform: string | null; from: string; to: string; bucket: 'day' | 'hour';
  totals: MomentCounts; buckets: VolumeBucket[];
}

export interface SentimentBucket {
  start: string; positive: number; neutral: number; negative: number; averageScore: number | null;
}

export interface Sentiment {
  brand: string; platform: string | null; from: string; to: string; bucket: 'day' | 'hour';
  totals: SentimentBucket; buckets: SentimentBucket[];
}
