/**
 * The selection page (src/pages/selection.astro): lists the selected papers as cards (each with its "Select"
 * box, so unticking removes it), exports them, copies a link that shares them, and clears them. Opened from a
 * shared link (?ids=...), it shows that link's papers and offers to make them the reader's selection or add
 * them to it, never replacing the reader's own selection unasked.
 */
import type { CardData } from '@/lib/site/card';
import { cleanIds, idsFromSearch, shareSearch, type ExportFormat } from '@/lib/site/selection';
import { fillCard } from '@/scripts/search/card';
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

  connectedCallback() {
    this.#base = this.dataset.base!;
    const shared = idsFromSearch(location.search);
    if (shared.length) this.#shared = shared;
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
    this.#part('[data-share]').hidden = !!this.#shared;
    this.#part('[data-clear]').hidden = !!this.#shared;
    const status = this.#part('[data-status]');
    if (!ids.length) {
      status.textContent = 'No papers selected yet. Tick “Select” on any paper card to collect it here.';
      this.#part('[data-list]').replaceChildren();
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
    const template = this.#part<HTMLTemplateElement>('template[data-card]');
    this.#part('[data-list]').replaceChildren(
      ...cards.map((card) => {
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
      const ids = this.#ids();
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
    const link = `${location.origin}${location.pathname}${shareSearch(this.#ids())}`;
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
    history.replaceState(null, '', location.pathname);
    this.#say(`${add ? 'Added to' : 'Replaced'} your selection: ${paperCount(readSelection().length)} selected.`);
    void this.#show();
  }
}

customElements.define('paper-selection', PaperSelection);
