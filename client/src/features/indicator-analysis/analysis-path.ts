export { ANALYSIS_ANCHOR, analysisPath } from '../../../../shared/app-paths.ts';

/** "4.7.2, 1.3.2" → ["4.7.2", "1.3.2"]: commas, semicolons or spaces between the action codes. */
export function actionCodesOf(text: string): string[] {
  return text.split(/[\s,;]+/).filter(Boolean);
}
