/**
 * The selection page (src/pages/selection.astro): lists the selected papers as cards or as a compare table (each
 * with its "Select" box, so unticking removes it; the view is kept in the URL as ?view=table), exports them (in the
 * table's order when it is sorted), copies a link that shares them, and clears them. Opened from a
 * shared link (?ids=...), it shows that link's papers and offers to make them the reader's selection or add
 * them to it, never replacing the reader's own selection unasked.
 */
import type { CardData } from '@/lib/site/card';
import { cleanIds, idsFromSearch, selectionSearch, type ExportFormat } from '@/lib/site/selection';
import { fillCard } from '@/scripts/search/card';
import { CompareTable } from '@/scripts/search/table';
import { el } from '@/scripts/dom';
import { downloadExport, loadCards } from './export';
import { paperCount } from '@/lib/site/count';
import { onSelectionChange, readSelection, writeSelection } from './store';

const plain = (text: string) => [{ text, match: false }];

class PaperSelection extends HTMLElement {
  #base = '';
  /** The papers of a shared link being viewed; undefined when showing the reader's own selection. */
  #shared: string[] | undefined;
  #render = 0;
  #table!: CompareTable;
  /** The cards last shown, in selection order. */
  #cards: CardData[] = [];

  connectedCallback() {
    this.#base = this.dataset.base!;
    const shared = idsFromSearch(location.search);
    if (shared.length) this.#shared = shared;
    this.#table = new CompareTable(this.#part('[data-table]'), this.#part('[data-announce]'), this.#base);
    const view = this.#part<HTMLSelectElement>('[data-view]');
    view.value = new URLSearchParams(location.search).get('view') === 'table' ? 'table' : 'cards';
    view.addEventListener('change', () => {
      history.replaceState(null, '', `${location.pathname}${this.#search()}`);
      this.#list(this.#cards);
    });
    this.#part('[data-actions]').addEventListener('click', (e) => {
      const button = (e.target as Element).closest('button');
      if (!button) return;
      if (button.dataset.export) void this.#export(button, button.dataset.export as ExportFormat);
      else if (button.hasAttribute('data-share')) void this.#share();
      else if (button.hasAttribute('data-clear')) this.#clear();
    });
    this.#part('[data-shared]').addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-adopt]');
      if (button) this.#adopt(button.dataset.adopt === 'add');
    });
    onSelectionChange(() => {
      if (!this.#shared) void this.#show();
    });
    void this.#show();
  }

  #part<E extends HTMLElement = HTMLElement>(selector: string): E {
    return this.querySelector<E>(selector)!;
  }

  #ids(): string[] {
    return this.#shared ?? readSelection();
  }

  #asTable(): boolean {
    return this.#part<HTMLSelectElement>('[data-view]').value === 'table';
  }

  /** This page's query string: the shared papers, if any, and the view when it is the table. */
  #search(ids = this.#shared ?? []): string {
    return selectionSearch(ids, this.#asTable() ? 'table' : 'cards');
  }

  #say(text: string) {
    const region = this.#part('[data-announce]');
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = text));
  }

  async #show() {
    const run = ++this.#render;
    const ids = this.#ids();
    const shared = this.#part('[data-shared]');
    shared.hidden = !this.#shared;
    if (this.#shared) {
      this.#part('[data-shared-text]').textContent =
        `This link shares ${paperCount(ids.length)}. Your own selection (${paperCount(readSelection().length)}) is unchanged.`;
    }
    this.#part('[data-actions]').hidden = ids.length === 0;
    this.#part('[data-view-row]').hidden = ids.length === 0;
    this.#part('[data-share]').hidden = !!this.#shared;
    this.#part('[data-clear]').hidden = !!this.#shared;
    const status = this.#part('[data-status]');
    if (!ids.length) {
      status.textContent = 'No papers selected yet. Tick “Select” on any paper card to collect it here.';
      this.#list([]);
      this.#part('[data-missing]').hidden = true;
      return;
    }
    status.textContent = `${paperCount(ids.length)} ${this.#shared ? 'in this shared selection' : 'selected'}.`;
    const { cards, missing } = await loadCards(ids, this.#base);
    if (run !== this.#render) return;
    this.#list(cards);
    const note = this.#part('[data-missing]');
    note.hidden = missing.length === 0;
    note.textContent = missing.length
      ? `${paperCount(missing.length)} could not be found (removed or renamed since): ${missing.join(', ')}. Exports leave them out.`
      : '';
  }

  #list(cards: CardData[]) {
    this.#cards = cards;
    const table = this.#asTable() && cards.length > 0;
    this.#part('[data-table]').hidden = !table;
    this.#part('[data-list]').hidden = table;
    this.#table.set(table ? cards : []);
    const template = this.#part<HTMLTemplateElement>('template[data-card]');
    this.#part('[data-list]').replaceChildren(
      ...(table ? [] : cards).map((card) => {
        const li = el('li');
        li.append(fillCard(template, card, `${this.#base}${card.path}`, this.#base, plain));
        return li;
      }),
    );
  }

  async #export(button: HTMLButtonElement, format: ExportFormat) {
    const label = button.textContent;
    button.disabled = true;
    button.textContent = 'Preparing…';
    try {
      // In the table's order when the reader sorted it; the papers that could not be found stay at the end.
      const shown = this.#asTable() ? this.#table.inDisplayOrder(this.#cards).map((c) => c.id) : [];
      const ids = [...shown, ...this.#ids().filter((id) => !shown.includes(id))];
      const missing = await downloadExport(ids, format, this.#base, 'selection');
      this.#say(`Exported ${paperCount(ids.length - missing.length)} as ${label}.`);
    } catch {
      this.#say('The export failed. Check your connection and try again.');
    } finally {
      button.disabled = false;
      button.textContent = label;
    }
  }

  async #share() {
    const link = `${location.origin}${location.pathname}${this.#search(this.#ids())}`;
    const fallback = this.#part('[data-share-fallback]');
    const field = this.#part<HTMLInputElement>('[data-share-url]');
    field.value = link;
    try {
      await navigator.clipboard.writeText(link);
      this.#say('Link copied. Anyone who opens it sees these papers.');
    } catch {
      // No clipboard access (permissions, insecure context): show the link to copy by hand.
      fallback.classList.remove('hidden');
      field.focus();
      field.select();
      this.#say('Copy the link from the field below.');
    }
  }

  #clear() {
    const n = readSelection().length;
    writeSelection([]);
    this.#say(`Selection cleared: ${paperCount(n)} removed.`);
  }

  #adopt(add: boolean) {
    const shared = this.#shared ?? [];
    writeSelection(add ? cleanIds([...readSelection(), ...shared]) : shared);
    this.#shared = undefined;
    history.replaceState(null, '', `${location.pathname}${this.#search()}`);
    this.#say(`${add ? 'Added to' : 'Replaced'} your selection: ${paperCount(readSelection().length)} selected.`);
    void this.#show();
  }
}

customElements.define('paper-selection', PaperSelection);
