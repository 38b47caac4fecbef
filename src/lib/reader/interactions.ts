import type { SentenceHighlight } from './highlight.svelte';
import { POPOVER_ID, type LookupPopover } from './popover.svelte';

const ITEM = 'a.term, ruby.w';

function itemOf(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>(ITEM) : null;
}

function termOf(event: Event): HTMLElement | null {
	return event.target instanceof Element ? event.target.closest<HTMLElement>('a.term') : null;
}

function focusPopover(): void {
	requestAnimationFrame(() => document.getElementById(POPOVER_ID)?.focus());
}

/** Arrow keys move word by word through the Chinese sentence that has the focus. */
function moveWithin(event: KeyboardEvent): boolean {
	if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return false;
	const el = event.target instanceof Element ? event.target : null;
	const sentence = el?.closest<HTMLElement>('.zh [data-sid]');
	if (!el || !sentence) return false;
	const items = [...sentence.querySelectorAll<HTMLElement>(ITEM)];
	const current = items.indexOf(el.closest<HTMLElement>(ITEM) as HTMLElement);
	const step = event.key === 'ArrowRight' ? 1 : -1;
	const next = current < 0 ? (step > 0 ? 0 : items.length - 1) : current + step;
	const target = items[next] ?? sentence;
	target.focus();
	return true;
}

/**
 * Event handlers for a reading page's text: sentence and term highlight on hover and
 * focus; the lookup popover on hover (terms, mouse), click/tap, and Enter/Space; the arrow
 * keys step through the words of a focused sentence.
 */
export function textEvents(highlight: SentenceHighlight, popover: LookupPopover) {
	return {
		onpointerover(event: PointerEvent) {
			highlight.enter(event);
			const term = termOf(event);
			if (term && event.pointerType === 'mouse') popover.hoverIn(term);
		},
		onpointerout(event: PointerEvent) {
			highlight.leave(event);
			const term = termOf(event);
			const into = event.relatedTarget instanceof Node ? event.relatedTarget : null;
			if (term && !(into && term.contains(into))) popover.hoverOut();
		},
		onfocusin(event: FocusEvent) {
			highlight.enter(event);
			if (itemOf(event)) void popover.load();
		},
		onfocusout(event: FocusEvent) {
			highlight.leave(event);
		},
		onclick(event: MouseEvent) {
			const item = itemOf(event);
			if (!item || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			popover.show(item, true);
		},
		onkeydown(event: KeyboardEvent) {
			const item = itemOf(event);
			if (item && (event.key === 'Enter' || event.key === ' ')) {
				event.preventDefault();
				popover.show(item, true);
				focusPopover();
			} else if (event.key === 'Escape' && popover.opened) {
				popover.hide(true);
			} else if (moveWithin(event)) {
				event.preventDefault();
			}
		}
	};
}

/** Document-level dismissal: Escape anywhere, a pointer press outside. */
export function dismissEvents(popover: LookupPopover) {
	return {
		onkeydown(event: KeyboardEvent) {
			if (event.key === 'Escape' && popover.opened) {
				event.preventDefault();
				popover.hide(true);
			}
		},
		onpointerdown(event: PointerEvent) {
			if (!popover.opened || !(event.target instanceof Element)) return;
			if (event.target.closest(`#${POPOVER_ID}, ${ITEM}`)) return;
			popover.hide(false);
		}
	};
}
