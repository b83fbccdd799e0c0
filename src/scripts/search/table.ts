/**
 * The compare table of a result set: one row per paper (name, title, year, venue, modality, anatomy, tasks,
 * datasets, use of CLIP, code, weights), sortable by any column (the header button sets aria-sort, and the new order is
 * announced), scrollable sideways on a phone; each row has a "Select" box for the reader's selection.
 * The CSV of the same rows is src/lib/site/table.ts's toCsv.
 */
import type { CardData } from '@/lib/site/card';
import { el } from '@/scripts/dom';
import { sortRows, TABLE_COLUMNS } from '@/lib/site/table';

/** The URL a code or weights cell links to, if any (a weights cell may say "not released" instead). */
const linkOf = (row: CardData, key: string): string | undefined =>
  key === 'code' ? row.code : key === 'weights' ? row.facts.weights : undefined;

type Direction = 'ascending' | 'descending';

/** A row of the table: a paper's card, and for a result with all but one of the query's words, the word it lacks. */
export type TableRow = CardData & { missing?: string | undefined };

export class CompareTable {
  #rows: TableRow[] = [];
  #sort: { key: string; direction: Direction } | undefined;
  readonly #host: HTMLElement;
  readonly #announce: HTMLElement;
  readonly #base: string;

  /**
   * @param host where the table goes
   * @param announce a polite live region for "sorted by ..." messages
   * @param base the site's base path, prefixed to the papers' paths
   */
  constructor(host: HTMLElement, announce: HTMLElement, base: string) {
    this.#host = host;
    this.#announce = announce;
    this.#base = base;
  }

  get rows(): readonly TableRow[] {
    return this.#rows;
  }

  set(rows: TableRow[]): void {
    this.#rows = rows;
    this.#render();
  }

  append(rows: TableRow[]): void {
    this.#rows = [...this.#rows, ...rows];
    this.#render();
  }

  /** Rows in the order the table shows them: by the reader's column sort, if any. */
  inDisplayOrder<Row extends CardData>(rows: readonly Row[]): Row[] {
    return this.#sort ? sortRows(rows, this.#sort.key, this.#sort.direction) : [...rows];
  }

  #render(): void {
    const columns = TABLE_COLUMNS.filter((c) => c.shown);
    const rows = this.inDisplayOrder(this.#rows);
    const table = el('table', 'w-full min-w-[60rem] border-collapse bg-white text-left text-sm dark:bg-stone-900');
    const caption = el('caption', 'sr-only', 'Papers compared; the column buttons sort the table.');
    const head = el('thead', 'bg-stone-100 dark:bg-stone-800');
    const headRow = el('tr');
    const selectHead = el('th', 'px-3 py-2 align-bottom font-semibold', 'Select');
    selectHead.scope = 'col';
    headRow.append(selectHead);
    for (const column of columns) {
      // The title is the longest cell, lists of values the next: give them room, so rows stay a few lines tall.
      const width = column.key === 'title' ? ' min-w-72' : column.list ? ' min-w-40' : '';
      const th = el('th', `px-3 py-2 align-bottom font-semibold${width}`);
      th.scope = 'col';
      th.setAttribute('aria-sort', this.#sort?.key === column.key ? this.#sort.direction : 'none');
      const button = el(
        'button',
        'inline-flex items-center gap-1 font-semibold whitespace-nowrap underline-offset-2 hover:underline',
      );
      button.type = 'button';
      button.textContent = column.label;
      const arrow = el(
        'span',
        '',
        this.#sort?.key === column.key ? (this.#sort.direction === 'ascending' ? '↑' : '↓') : '↕',
      );
      arrow.setAttribute('aria-hidden', 'true');
      button.append(arrow);
      button.addEventListener('click', () => this.#sortBy(column.key, column.label));
      th.append(button);
      headRow.append(th);
    }
    head.append(headRow);
    const body = el('tbody');
    for (const row of rows) {
      const tr = el('tr', 'border-t border-stone-200 align-top dark:border-stone-800');
      const select = el('td', 'px-3 py-2');
      const box = el('input', 'select-box');
      box.type = 'checkbox';
      box.value = row.id;
      box.dataset.select = '';
      box.setAttribute('aria-label', `Select ${row.title}`);
      select.append(box);
      tr.append(select);
      for (const column of columns) {
        const td = el(column.key === 'title' ? 'th' : 'td', 'px-3 py-2 font-normal');
        if (column.key === 'title') {
          (td as HTMLTableCellElement).scope = 'row';
          const a = el('a', 'link', row.title);
          a.href = `${this.#base}${row.path}`;
          td.append(a);
          if (row.missing) td.append(el('span', 'muted mt-1 block text-xs', `Missing: “${row.missing}”`));
        } else if (linkOf(row, column.key)) {
          const a = el('a', 'link', column.label);
          a.href = linkOf(row, column.key)!;
          a.append(el('span', 'sr-only', ` for ${row.title}`));
          td.append(a);
        } else {
          td.textContent = column.text(row, '') || '–';
        }
        tr.append(td);
      }
      body.append(tr);
    }
    table.append(caption, head, body);
    this.#host.replaceChildren(table);
  }

  #sortBy(key: string, label: string): void {
    const direction: Direction =
      this.#sort?.key === key && this.#sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.#sort = { key, direction };
    this.#render();
    this.#announce.textContent = `Sorted by ${label}, ${direction}.`;
    this.#host.querySelector<HTMLButtonElement>(`th[aria-sort="${direction}"] button`)?.focus();
  }
}
