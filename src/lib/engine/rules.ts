/**
 * Context rules for function-word polyphones, applied to characters that stand alone
 * (not inside a known word). Each rule is a fact of Mandarin grammar, not a patch for a
 * sentence; see the unit tests for the cases each one covers and must leave alone.
 */

export interface Sentence {
	chars: readonly string[];
	readings: string[];
	/** True for a character that is a one-character word. */
	alone: readonly boolean[];
}

const CLAUSE_BREAK = /[，,、；;。！？!?：:（）()“”"《》\s]/u;

// 地 as a noun inside words pinyin-pro does not know: the character before or after.
const DI_NOUN_BEFORE = new Set([
	...'各本外当此土实基产场草大天陆山内属境余田园就高低盆落满遍异腹领耕湿墓营工阵原重宝福特暗平圣两该见质'
]);
const DI_NOUN_AFTER = new Set([
	...'方区位点图理球面下上域段带质震铁形毯址板租主价税表层貌标势道盘名狱'
]);

/** 地 de: the particle that turns what precedes it into an adverbial (认真地做, 更好地传递). */
function particleDi(s: Sentence, i: number): string | undefined {
	const before = s.chars[i - 1] ?? '';
	const after = s.chars[i + 1] ?? '';
	if (!/\p{Script=Han}/u.test(before) || !/\p{Script=Han}/u.test(after)) return undefined;
	if (DI_NOUN_BEFORE.has(before) || DI_NOUN_AFTER.has(after)) return undefined;
	return 'de';
}

// 以 that is part of another word (以及, 可以, 所以…) opens no 以…为… frame.
const YI_WORD_AFTER = new Set([...'及上下来后前外便免至致为往内']);
const YI_WORD_BEFORE = new Set([...'可所难予加得用足借赖何给是']);
const WEI_COPULA_NEXT = [
	'核心',
	'中心',
	'重点',
	'主体',
	'主线',
	'基础',
	'导向',
	'前提',
	'依据',
	'宗旨',
	'目标',
	'抓手',
	'载体',
	'主'
];

/** 为 wéi "as, be" in 以 X 为 Y "take X as Y" and before role nouns; otherwise wèi "for". */
function verbWei(s: Sentence, i: number): string | undefined {
	const next = s.chars.slice(i + 1, i + 3).join('');
	if (s.chars[i + 1] === '了') return undefined;
	if (WEI_COPULA_NEXT.some((w) => next.startsWith(w))) return 'wéi';
	for (let j = i - 1; j >= 0; j--) {
		const ch = s.chars[j] ?? '';
		if (CLAUSE_BREAK.test(ch)) break;
		if (ch === '为') break;
		if (
			ch === '以' &&
			s.alone[j] &&
			!YI_WORD_AFTER.has(s.chars[j + 1] ?? '') &&
			!YI_WORD_BEFORE.has(s.chars[j - 1] ?? '')
		) {
			return 'wéi';
		}
	}
	return undefined;
}

/** 一 yī as the ordinal that opens an enumeration (一要…二要…, 一是…二是…). */
function ordinalYi(s: Sentence, i: number): string | undefined {
	const before = s.chars[i - 1];
	const atClauseStart = before === undefined || CLAUSE_BREAK.test(before);
	return atClauseStart && /[要是则来]/u.test(s.chars[i + 1] ?? '') ? 'yī' : undefined;
}

const RULES: Record<string, (s: Sentence, i: number) => string | undefined> = {
	地: particleDi,
	为: verbWei,
	一: ordinalYi
};

/** Apply every rule to the characters that stand alone; changes `s.readings` in place. */
export function applyRules(s: Sentence): void {
	s.chars.forEach((ch, i) => {
		const rule = RULES[ch];
		if (!rule || !s.alone[i]) return;
		const reading = rule(s, i);
		if (reading) s.readings[i] = reading;
	});
}
