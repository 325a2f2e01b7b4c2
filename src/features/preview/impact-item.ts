/** One thing a write affects besides its own element, shown before the save. */
export interface ImpactItem {
  key: string;
  title: string;
  /** Names of the elements concerned (shown as a list). */
  names?: string[];
  note?: string;
  tone: 'info' | 'warning';
}
