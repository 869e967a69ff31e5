import { analyze } from '@charte/analyzer';
import type { AnalysisRequest, AnalysisResponse } from './protocol.js';
import { summarize } from './summarize.js';

/** Analyzes one request; never throws (a failure becomes an `error` answer for that version). */
export function handleRequest(request: AnalysisRequest): AnalysisResponse {
  try {
    const report = analyze(request.source, { lang: request.lang, format: 'markdown' });
    return { version: request.version, analysis: summarize(report) };
  } catch (error) {
    return { version: request.version, error: error instanceof Error ? error.message : String(error) };
  }
}
