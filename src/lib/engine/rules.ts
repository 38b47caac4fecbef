/**
 * Context rules for polyphonic characters, applied to characters that stand alone (not
 * inside a known word). Each rule is a fact of Mandarin grammar or word formation, not a
 * patch for a sentence: what may precede or follow the character in one reading and not in
 * the other. The unit tests (readings.test.ts, polyphones.test.ts) show the cases each rule
 * covers and the ones it must leave alone. A rule that returns undefined keeps the reading
 * pinyin-pro or the dictionary gave.
 */

import { isHan } from './han.ts';

export interface Sentence {
	chars: readonly string[];
	readings: string[];
	/** True for a character that is a one-character word. */
	alone: readonly boolean[];
}

const CLAUSE_BREAK = /[，,、；;。！？!?：:（）()“”"《》\s]/u;
const DIGIT = /[0-9０-９]/u;
/** Whether `ch`, a neighbour from `prev` or `next`, is no neighbour: the text's edge or a clause break. */
const isBreak = (ch: string) => ch === '' || CLAUSE_BREAK.test(ch);

const prev = (s: Sentence, i: number, k = 1) => s.chars[i - k] ?? '';
const next = (s: Sentence, i: number, k = 1) => s.chars[i + k] ?? '';
const chars = (list: string) => new Set(Array.from(list));
/** Whether `ch` is one of the characters of `list` (never true for the empty string). */
const oneOf = (list: string, ch: string) => ch !== '' && Array.from(list).includes(ch);

/**
 * How far along its clause a rule looks, in characters either side: wider than any clause
 * of the CPP data (at most 48 characters) and of the project's documents (at most 40), so
 * that no reading there depends on it, and small enough that text without punctuation, one
 * clause however long, is read in time linear in its length.
 */
export const CLAUSE_WINDOW = 100;

/** The characters before `i` back to the start of its clause, nearest first, `CLAUSE_WINDOW` at most. */
function* backInClause(s: Sentence, i: number): Generator<number> {
	const stop = Math.max(0, i - CLAUSE_WINDOW);
	for (let j = i - 1; j >= stop && !CLAUSE_BREAK.test(s.chars[j] ?? ''); j--) yield j;
}

/** The characters after `i` up to the end of its clause, nearest first, `CLAUSE_WINDOW` at most. */
function* onInClause(s: Sentence, i: number): Generator<number> {
	const stop = Math.min(s.chars.length, i + 1 + CLAUSE_WINDOW);
	for (let j = i + 1; j < stop && !CLAUSE_BREAK.test(s.chars[j] ?? ''); j++) yield j;
}

/** Numerals, demonstratives and quantifiers: what comes before a measure word. */
const BEFORE_MEASURE = chars('一二三四五六七八九十百千万两几半多数每这那哪各某此该整');

// --- 地 de / dì --------------------------------------------------------------------------

// 地 as a noun inside words pinyin-pro does not know: the character before or after.
const DI_NOUN_BEFORE = chars(
	'各本外当此土实基产场草大天陆山内属境余田园就高低盆落满遍异腹领耕湿墓营工阵原重宝福特暗平圣两该见质块片亩'
);
const DI_NOUN_AFTER = chars(
	'方区位点图理球面下上域段带质震铁形毯址板租主价税表层貌标势道盘名狱里王'
);

/** 地 de: the particle that turns what precedes it into an adverbial (认真地做, 更好地传递). */
function particleDi(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	const after = next(s, i);
	if (!isHan(before) || !isHan(after)) return undefined;
	if (DI_NOUN_BEFORE.has(before) || DI_NOUN_AFTER.has(after)) return undefined;
	return 'de';
}

// --- 为 wéi / wèi --------------------------------------------------------------------------

// 以 that is part of another word (以及, 可以, 所以…) opens no 以…为… frame.
const YI_WORD_AFTER = chars('及上下来后前外便免至致为往内');
const YI_WORD_BEFORE = chars('可所难予加得用足借赖何给是');
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
	'主',
	'止',
	'准',
	'首',
	'例'
];
// Adverbs that qualify a copula 为 "is" (多为, 均为, 原为, 即为…): a preposition 为 "for"
// would follow a subject or a modal, not these.
const WEI_AFTER_ADVERB = chars('均皆俱悉约即则实乃亦仍原本现今尤颇甚殊概素遂或全多');
// Verbs whose result is stated with 为 "into, as" (贬为, 选为, 译为, 合并为…).
const WEI_AFTER_VERB = chars(
	'贬降升召封选评译讹转划拜迁编归写记读释誉奉尊推聘拟册追赠晋擢授谪易号谥缩析合定任立'
);
// …unless the verb is the end of a word that is no such verb (一定为你, 主任为大家).
const WEI_NOT_AFTER_WORD = new Set([
	'一定',
	'肯定',
	'必定',
	'坚定',
	'主任',
	'责任',
	'信任',
	'独立'
]);
// Verbs of naming, appointing and changing that frame X 为 Y "X as Y" at a distance.
const WEI_FRAME = chars('以被称视奉尊封拜立选评推聘改降升贬追赠册译划列认');
const WEI_FRAME_WORDS = [
	'任命',
	'命名',
	'推举',
	'选举',
	'评选',
	'尊称',
	'追赠',
	'追封',
	'册封',
	'聘请',
	'聘任',
	'委任',
	'认定',
	'确定',
	'规定',
	'指定',
	'选定',
	'提名',
	'改名',
	'更名',
	'定名'
];

/**
 * 为 wéi "be, act as, become" — the copula (人口为3000, 原为), the result of a verb of
 * naming or changing (选为, 称X为Y, 以X为Y, 被…为), and passive 为…所; otherwise wèi "for".
 */
function verbWei(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (oneOf('了着何啥', after) || s.chars.slice(i + 1, i + 3).join('') === '什么') return 'wèi';
	if (DIGIT.test(after)) return 'wéi';
	const following = s.chars.slice(i + 1, i + 3).join('');
	if (WEI_COPULA_NEXT.some((w) => following.startsWith(w))) return 'wéi';
	const before = prev(s, i);
	// A subject that ends in a bracket: 某某（注释）为…
	if (/[）)】]/u.test(before)) return 'wéi';
	const word = prev(s, i, 2) + before;
	if (
		!WEI_NOT_AFTER_WORD.has(word) &&
		(WEI_AFTER_ADVERB.has(before) || WEI_AFTER_VERB.has(before))
	) {
		return 'wéi';
	}
	if (word === '分别' || word === '合并' || word === '归并' || word === '兼并') return 'wéi';
	for (const j of backInClause(s, i)) {
		const ch = s.chars[j] ?? '';
		if (ch === '为') break;
		if (ch === '以') {
			if (s.alone[j] && !YI_WORD_AFTER.has(next(s, j)) && !YI_WORD_BEFORE.has(prev(s, j))) {
				return 'wéi';
			}
		} else if (WEI_FRAME.has(ch) && s.alone[j] && j < i - 1) {
			return 'wéi';
		}
		if (WEI_FRAME_WORDS.includes(prev(s, j) + ch) && j < i - 1) return 'wéi';
	}
	// Passive 为…所 + verb: 为世人所知.
	for (const j of onInClause(s, i)) {
		if (s.chars[j] === '所' && s.alone[j] && isHan(next(s, j))) return 'wéi';
	}
	return undefined;
}

// --- 一 ----------------------------------------------------------------------------------

/** 一 yī as the ordinal that opens an enumeration (一要…二要…, 一是…二是…). */
function ordinalYi(s: Sentence, i: number): string | undefined {
	return isBreak(prev(s, i)) && /[要是则来]/u.test(next(s, i)) ? 'yī' : undefined;
}

// --- 只 zhī / zhǐ -------------------------------------------------------------------------

// What 只 "only" is followed by when it stands after 这/那 (这只是, 那只有).
const ZHI3_NEXT = chars('是有要能会好得不在为需用剩');

/** 只 zhī, the measure word for animals and one of a pair, after a numeral or demonstrative; else zhǐ "only". */
function measureZhi(s: Sentence, i: number): string {
	const before = prev(s, i);
	const measure =
		((BEFORE_MEASURE.has(before) || DIGIT.test(before)) && !ZHI3_NEXT.has(next(s, i))) ||
		before === '船' || // 船只 "vessels"
		before === '舰';
	return measure ? 'zhī' : 'zhǐ';
}

// --- 得 de / dé / děi ------------------------------------------------------------------------

// What a complement of degree or result begins with: 跑得很快, 写得不好, 说得对.
const DE_COMPLEMENT = chars(
	'很非太十更最极越挺特相比较真蛮颇多少不好坏快慢清满高低早晚对错远近够起动出见懂明干乱如像要可让叫使令连直发死半厉紧透飞住严漂整热冷累饱苦香红响亮大小长短轻重深浅美精彻有没'
);
// 得 dé "get" after these (获得, 取得, 不得, 难得, 只得…).
const DE2_BEFORE = chars('不获取赢博求难心所只应自贪习购夺抢争骗换');
// 得 de in verbs made with it (值得, 觉得, 记得, 显得, 使得, 变得…).
const DE5_WORD_BEFORE = chars('值觉记懂显使舍免省晓认变弄搞闹怪');
// What 得 dé "get" takes: 得了, 得到, 得知, 得分, 得奖, 得病…
const DE2_NEXT = chars('了到知以分奖病票罪胜救益逞宠势手名体力失意当利道空闲');
// Who or what 得 děi "must" follows: 我得走了, 还得去, 总得.
const DEI_BEFORE = chars('我你他她咱们还就也都总必非可');

function particleDe(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	const after = next(s, i);
	if (!isHan(before) || DE2_BEFORE.has(before)) return undefined;
	if (DE2_NEXT.has(after)) return before === '非' || before === '总' ? undefined : 'dé';
	if (DEI_BEFORE.has(before)) return isHan(after) ? 'děi' : undefined;
	if (DE5_WORD_BEFORE.has(before) || DE_COMPLEMENT.has(after)) return 'de';
	return undefined;
}

// --- 着 zhe / zháo -------------------------------------------------------------------------

// Verbs whose result "reach, succeed" is 着 zháo: 睡着了, 点着了, 找不着, 用得着.
const ZHAO_VERBS = chars('睡找猜见摸逮抓够点烧碰买借');
// The particle zhe follows a verb; after these 着 is a verb itself: 别着急, 要着手, 的着装.
const ZHE_NOT_AFTER = chars('的地得很要应需须必可能会该不没别未已曾正就才都也又再先更太');
const ZHUO_NEXT = chars('装陆手重眼力想色落实墨笔意');
const ZHE_WORD_BEFORE = chars('接随顺沿朝向本凭跟紧');
const ZHAO_NEXT = chars('急火凉迷慌');

function particleZhe(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	const after = next(s, i);
	const clauseEnd = isBreak(after);
	if (ZHAO_VERBS.has(before) && (after === '了' || clauseEnd)) return 'zháo';
	if (
		(before === '不' || before === '得') &&
		isHan(prev(s, i, 2)) &&
		(after === '了' || clauseEnd)
	) {
		return 'zháo';
	}
	// Prepositions and adverbs made with the particle: 接着, 随着, 沿着, 朝着…
	if (ZHE_WORD_BEFORE.has(before)) return 'zhe';
	if (!isHan(before) || ZHE_NOT_AFTER.has(before)) {
		if (ZHUO_NEXT.has(after)) return 'zhuó';
		if (ZHAO_NEXT.has(after)) return 'zháo';
	}
	return undefined;
}

// --- 的 de / dí / dì ------------------------------------------------------------------------

/**
 * 的 standing alone is the particle de (优美的文笔, 我的). Its other readings live only inside
 * words: dí in 的确, dì in 目的 and 标的, dī in 的士. pinyin-pro, asked about the characters
 * around it, can take it for the dì of a name it knows (美的, the appliance maker) that the
 * dictionary did not cut there.
 */
function particleDe4(): string {
	return 'de';
}

// --- 了 le / liǎo, 没 méi / mò ---------------------------------------------------------------

/** 了 after the liǎo of 好不了, 受不了 is the particle le: 好不了了 "won't get better any more". */
function particleLe(s: Sentence, i: number): string | undefined {
	return prev(s, i) === '了' ? 'le' : undefined;
}

// Verbs of sinking, swallowing and seizing whose result is 没 mò "vanish": 淹没, 罚没.
const MO_BEFORE = chars('淹沉埋覆吞隐湮泯辱罚抄');

/** 没 alone is méi "not, not have"; mò only ends a verb of vanishing (淹没, 罚没). */
function notMei(s: Sentence, i: number): string {
	return MO_BEFORE.has(prev(s, i)) ? 'mò' : 'méi';
}

// --- 长 cháng / zhǎng ------------------------------------------------------------------------

// Units whose head is a 长 zhǎng: 师长, 村长, 舰长…
const ZHANG_UNITS = chars(
	'局处科司部院所厅省市县州乡镇村区旅师军团营连排班舰船机组队站社会署委校系馆台行庭'
);
// 长 cháng words that may follow a unit name (市长江 is the Yangtze).
const CHANG_NEXT = chars(
	'江城期度达约篇途远久征寿廊河夜假衫裤裙袍方椅凳笛枪矛剑颈臂尾须辫眠叹鸣沙春治效短'
);
// 长 zhǎng "grow" with its result: 长大, 长满, 长出, 长高, 长得.
const ZHANG_GROW_NEXT = chars('得满出大高胖成齐');

function headZhang(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (DIGIT.test(after) || BEFORE_MEASURE.has(after) || oneOf('约达', after)) return 'cháng';
	if (ZHANG_GROW_NEXT.has(after)) return 'zhǎng';
	if (ZHANG_UNITS.has(prev(s, i)) && !CHANG_NEXT.has(after)) return 'zhǎng';
	return undefined;
}

// --- 还 hái / huán ----------------------------------------------------------------------------

// What 还 huán "give back" takes, after what a returner does first (按时还书, 要还钱).
const HUAN_OBJECT = chars('钱书');
const HUAN_OBJECT_BEFORE = chars('时要得须请去来没不已未先再会能肯愿想忘按准及必');

/** 还 huán "give back": the adverb hái never ends a clause and never takes 给 or a debt. */
function verbHuan(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (isBreak(after)) return isHan(prev(s, i)) ? 'huán' : undefined;
	if (after === '给' || oneOf('款债贷', after)) return 'huán';
	if (after === '清' && !oneOf('楚醒晰白', next(s, i, 2))) return 'huán';
	if (HUAN_OBJECT.has(after) && HUAN_OBJECT_BEFORE.has(prev(s, i))) return 'huán';
	return undefined;
}

// --- 重 zhòng / chóng ---------------------------------------------------------------------------

// Verbs that 重 chóng "again, anew" modifies: 重建, 重录, 重逢…
const CHONG_VERBS = chars(
	'新建修组复印版播演拍制写录审申启返回逢聚现游访温选排订整置生做来开铸构塑设划算刊映译编述提归振燃获'
);
const CHONG_LAYER_BEFORE = chars('双多几两三九万千层');

function againChong(s: Sentence, i: number): string | undefined {
	if (CHONG_VERBS.has(next(s, i)) || CHONG_LAYER_BEFORE.has(prev(s, i))) return 'chóng';
	return undefined;
}

// --- 数 shù / shǔ ----------------------------------------------------------------------------

// What follows 数 shǔ "count": 数到, 数不清, 数一数, 数了.
const SHU3_NEXT = chars('了着过到完遍得');
const SHU3_NEGATED = chars('清胜过完尽得出');
// Nouns that end in 数 shù (人数不多, 次数过多).
const SHU4_NOUN_BEFORE = chars(
	'人次总岁分函变常参位字页个倍指度基项码半无单双奇偶整实虚负正质复余约序礼定命术理算代级点少多台件户票层系场年天首篇股额率量值'
);

function countShu(s: Sentence, i: number): string | undefined {
	if (SHU4_NOUN_BEFORE.has(prev(s, i))) return undefined;
	const after = next(s, i);
	if (after === '一' && next(s, i, 2) === '数') return 'shǔ';
	if (after === '不' && SHU3_NEGATED.has(next(s, i, 2))) return 'shǔ';
	return SHU3_NEXT.has(after) ? 'shǔ' : undefined;
}

// --- 种 zhǒng / zhòng ---------------------------------------------------------------------------

// What 种 zhòng "plant" takes: crops and land, or an aspect or result.
const ZHONG4_NEXT = chars('植地田树菜花草粮稻麦瓜豆果苗茶竹棉麻烟药水玉谷蔬了着过下满在上成好');

function plantZhong(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	if (BEFORE_MEASURE.has(before) || DIGIT.test(before) || oneOf('其诸何另同本', before)) {
		return 'zhǒng';
	}
	return ZHONG4_NEXT.has(next(s, i)) ? 'zhòng' : undefined;
}

// --- 调 tiáo / diào ------------------------------------------------------------------------------

// 调 diào "transfer (a person)": 调入, 调任, 调往, 调离, 调知(某府)…
const DIAO_NEXT = chars('入往任离赴京职派拨兵集防知');

function transferDiao(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (DIAO_NEXT.has(after)) return 'diào';
	// 调到/调至/调回 moves a person in the passive (被调到上海), a knob otherwise.
	if (oneOf('到至回', after)) {
		for (const j of backInClause(s, i)) if (s.chars[j] === '被') return 'diào';
	}
	return undefined;
}

// --- 量 liáng / liàng ----------------------------------------------------------------------------

// 量 liáng "measure", the verb: after these, or with an aspect, a measured thing or a result.
const LIANG2_BEFORE = chars('测丈衡称');
const LIANG2_NEXT = chars('了过一体身血尺下好完出得着');
// Verbs of weighing up in which 量 has the neutral tone: 商量, 思量, 估量, 打量.
const LIANG5_BEFORE = chars('商思估打');

/** 量 alone is the verb liáng "measure" before what is measured; else the noun liàng "amount". */
function amountLiang(s: Sentence, i: number): string {
	if (LIANG5_BEFORE.has(prev(s, i))) return 'liang';
	return LIANG2_BEFORE.has(prev(s, i)) || LIANG2_NEXT.has(next(s, i)) ? 'liáng' : 'liàng';
}

// --- 率 lǜ / shuài ------------------------------------------------------------------------------

// 率 shuài "lead" and what it leads: 率军, 率部, 率众…
const SHUAI_NEXT = chars('领部军兵众师队舰船骑');

function leadShuai(s: Sentence, i: number): string | undefined {
	return SHUAI_NEXT.has(next(s, i)) ? 'shuài' : undefined;
}

// --- 似 sì / shì, 什 shén / shí, 蛤 gé / há: the rare reading lives in one word ---------------------

/** 似 shì only in 似的 "as if", and not in 相似的, 类似的… */
function likeSi(s: Sentence, i: number): string {
	return next(s, i) === '的' && !oneOf('相类近疑酷貌恰神形仿', prev(s, i)) ? 'shì' : 'sì';
}

/** 什 shén only in 什么; elsewhere shí "ten, assorted" (什锦, 什物) and in transliterations. */
function whatShen(s: Sentence, i: number): string {
	return oneOf('么麽麼', next(s, i)) ? 'shén' : 'shí';
}

/** 蛤 há only in 蛤蟆 (蛤蚂) "toad"; elsewhere gé "clam" (蛤蜊, 文蛤). */
function clamGe(s: Sentence, i: number): string {
	return oneOf('蟆蟇蚂', next(s, i)) ? 'há' : 'gé';
}

// --- 应 yīng / yìng ---------------------------------------------------------------------------

// Words in which 应 is yìng "answer, respond": 相应, 反应, 适应, 应邀, 应聘…
const YING4_BEFORE = chars('相响反适对供效呼感答照回策报顺内接支');
const YING4_NEXT = chars('邀聘召运战答变急付酬试届考征景验声承允诺和对用激接时诊');

/** 应 alone before a verb is the modal yīng "should" (学生应按时完成). */
function modalYing(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (YING4_BEFORE.has(prev(s, i)) || YING4_NEXT.has(after)) return 'yìng';
	// The modal verb has a subject before it, never a 的 phrase (的应部落: a name).
	if (prev(s, i) === '的') return undefined;
	return isHan(after) ? 'yīng' : undefined;
}

// --- 乐 lè / yuè --------------------------------------------------------------------------------

const YUE_NEXT = chars('评队器团曲章手坛谱师府理池律音舞迷界句段派圣');
const YUE_BEFORE = chars('音声器奏礼弦管鼓古雅民军舞配伴爵摇滚交');

/** 乐 yuè "music" in words about music (乐评, 乐队, 民乐). */
function musicYue(s: Sentence, i: number): string | undefined {
	return YUE_NEXT.has(next(s, i)) || YUE_BEFORE.has(prev(s, i)) ? 'yuè' : undefined;
}

// --- 教 jiāo / jiào ------------------------------------------------------------------------------

// Whom or what one teaches: 教我们, 教数学, 教孩子.
const JIAO1_NEXT = chars('书课人我你他她它咱大孩小学数语英物历地生音美体');
// Words in which 教 is jiào (请教, 任教, 宗教, 佛教…).
const JIAO4_BEFORE = chars('任执请领受管说指助调传宗佛道儒回主国政文施身言家');

/** 教 jiāo "teach" as a verb with its object. */
function teachJiao(s: Sentence, i: number): string | undefined {
	if (JIAO4_BEFORE.has(prev(s, i)) || next(s, i) === '学') return undefined;
	return JIAO1_NEXT.has(next(s, i)) ? 'jiāo' : undefined;
}

// --- 传 chuán / zhuàn -----------------------------------------------------------------------------

/** 传 zhuàn "biography, commentary" ends a book title: 《水浒传》, 《左氏传·…》. */
function bookZhuan(s: Sentence, i: number): string | undefined {
	return /[》〉·・•‧]/u.test(next(s, i)) ? 'zhuàn' : undefined;
}

// --- 觉 jué / jiào --------------------------------------------------------------------------------

/** 觉 jiào "a sleep": 睡觉, 午觉, 睡了一觉. */
function sleepJiao(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	if (before === '睡' || before === '午') return 'jiào';
	if (oneOf('一个好懒大', before)) {
		for (const j of backInClause(s, i)) if (s.chars[j] === '睡') return 'jiào';
	}
	return undefined;
}

// --- 相 xiāng / xiàng ------------------------------------------------------------------------------

const XIANG4_NEXT = chars('片机貌声册框馆');
const XIANG4_BEFORE = chars('首宰丞外真照亮扮品卖');

/** 相 xiàng "appearance, minister, photograph"; the adverb xiāng "each other" needs a verb after it. */
function lookXiang(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (!isHan(after) || XIANG4_NEXT.has(after) || XIANG4_BEFORE.has(prev(s, i))) return 'xiàng';
	return undefined;
}

// --- 都 dōu / dū ----------------------------------------------------------------------------------

// Verbs of founding and moving a capital (迁都, 定都, 建都) and kinds of capital (陪都, 古都,
// 首都; but 首 the measure word after a numeral: 每首都好听).
const DU_BEFORE = chars('迁建定奠陪旧古帝首');
// Words that end in those characters and may be followed by the adverb 都 (决定都, 修建都).
const DU_NOT_AFTER_WORD = new Set(
	[
		'决定',
		'确定',
		'规定',
		'肯定',
		'一定',
		'约定',
		'固定',
		'稳定',
		'鉴定',
		'制定',
		'评定',
		'认定',
		'否定'
	]
		.concat([
			'设定',
			'指定',
			'选定',
			'判定',
			'注定',
			'特定',
			'预定',
			'既定',
			'审定',
			'坚定',
			'安定'
		])
		.concat([
			'修建',
			'重建',
			'创建',
			'组建',
			'兴建',
			'新建',
			'扩建',
			'改建',
			'搬迁',
			'变迁',
			'拆迁'
		])
);
// What the adverb 都 dōu goes before: a predicate.
const DOU_NEXT = chars('是有不没在要会能可被把已很非十比特还曾将得也应必一这那为让叫给从对向跟和');

/**
 * 都 standing alone: dū after a verb of founding a capital or a kind of capital, else the
 * adverb dōu (pinyin-pro may have read it inside a longer word across the word's end: 每天都).
 */
function capitalDu(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	const after = next(s, i);
	if (!DU_BEFORE.has(before) || DU_NOT_AFTER_WORD.has(prev(s, i, 2) + before)) return 'dōu';
	if (before === '首' && BEFORE_MEASURE.has(prev(s, i, 2))) return 'dōu';
	return isHan(after) && DOU_NEXT.has(after) ? 'dōu' : 'dū';
}

// --- 降 jiàng / xiáng, 难 nán / nàn -----------------------------------------------------------------

const XIANG2_BEFORE = chars('投乞迎请劝招受归诈纳来');

/** 降 xiáng "surrender" after verbs of asking and accepting surrender (乞降, 迎降). */
function surrenderXiang(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	return XIANG2_BEFORE.has(prev(s, i)) && (!isHan(after) || after === '了') ? 'xiáng' : undefined;
}

const NAN4_BEFORE = chars('空矿海山船灾遇罹避苦患落发劫殉蒙受责非刁危国大逃救赴排');

/** 难 nàn "disaster" as a noun ending: 空难, 矿难, 海难. */
function disasterNan(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (!NAN4_BEFORE.has(prev(s, i))) return undefined;
	return !isHan(after) || oneOf('中者民时后前', after) ? 'nàn' : undefined;
}

// --- 行 xíng / háng --------------------------------------------------------------------------------

const HANG_BEFORE = chars('这那两几每数首末单双整第多三四五六七八九十百');
const HANG_NEXT = chars('字诗文代泪句');

/** 行 háng, the measure word for lines of text, after a numeral or demonstrative. */
function lineHang(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	if (!HANG_BEFORE.has(before) && !DIGIT.test(before)) return undefined;
	const after = next(s, i);
	return HANG_NEXT.has(after) || (!isHan(after) && after !== '') ? 'háng' : undefined;
}

// --- 将 jiāng / jiàng, 差 chà / chā, 肖 xiào / xiāo ----------------------------------------------

// Ranks and kinds of general: 大将, 参将, 副将, 名将…
const JIANG4_BEFORE = chars('大上中少副参主名猛武良战守偏宿老败降小裨骁勇悍');

/** 将 jiàng "general" ends a noun phrase; the adverb and preposition jiāng go before a verb or object. */
function generalJiang(s: Sentence, i: number): string | undefined {
	return JIANG4_BEFORE.has(prev(s, i)) && !isHan(next(s, i)) && next(s, i) !== ''
		? 'jiàng'
		: undefined;
}

// Nouns of a difference, 差 chā: 时差, 温差, 误差, 像差, (平)方差…
const CHA1_BEFORE = chars('像方温时落视色级等误');
// …but 差 chà "fall short, nearly" in 差不多, 差点, 差一些, 差得远.
const CHA4_NEXT = chars('不点劲些得远');

function differenceCha(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (CHA4_NEXT.has(after) || (after === '一' && oneOf('点些步', next(s, i, 2)))) return 'chà';
	return CHA1_BEFORE.has(prev(s, i)) || oneOf('异别距额价值', next(s, i)) ? 'chā' : undefined;
}

/** 肖 xiào only in 肖像, 肖似, 生肖, 不肖, 惟妙惟肖; elsewhere the surname Xiāo. */
function surnameXiao(s: Sentence, i: number): string {
	return oneOf('像似', next(s, i)) || oneOf('生不妙酷', prev(s, i)) ? 'xiào' : 'xiāo';
}

const RULES = new Map<string, (s: Sentence, i: number) => string | undefined>(
	Object.entries({
		地: particleDi,
		的: particleDe4,
		为: verbWei,
		一: ordinalYi,
		只: measureZhi,
		得: particleDe,
		着: particleZhe,
		了: particleLe,
		没: notMei,
		长: headZhang,
		还: verbHuan,
		重: againChong,
		数: countShu,
		种: plantZhong,
		调: transferDiao,
		量: amountLiang,
		率: leadShuai,
		似: likeSi,
		什: whatShen,
		蛤: clamGe,
		应: modalYing,
		乐: musicYue,
		教: teachJiao,
		传: bookZhuan,
		觉: sleepJiao,
		相: lookXiang,
		都: capitalDu,
		降: surrenderXiang,
		难: disasterNan,
		行: lineHang,
		将: generalJiang,
		差: differenceCha,
		肖: surnameXiao,
		弄: laneLong,
		藏: tibetZang,
		扇: fanShan,
		咳: coughKe,
		燕: stateYan,
		覃: nameTan,
		侗: dongTong,
		朴: surnamePiao,
		晕: haloYun,
		夹: verbJia,
		钻: verbZuan,
		盛: verbCheng,
		铺: verbPu,
		缝: verbFeng,
		奔: towardBen,
		边: sideBian,
		攒: saveZan,
		供: provideGong,
		切: cutQie,
		劲: strongJing,
		吧: barBa,
		啦: particleLa,
		哟: particleYo,
		挨: sufferAi,
		撒: scatterSa,
		揣: guessChuai,
		咧: grinLie,
		蒙: dazedMeng,
		臭: smellXiu,
		丧: funeralSang,
		累: repeatedLei,
		缪: surnameMiao,
		镐: pickGao,
		炸: fryZha,
		槛: cageJian,
		扒: braisePa,
		鬲: vesselLi,
		锔: curiumJu,
		镝: dysprosiumDi,
		捋: rollLuo,
		撮: tuftZuo,
		擂: arenaLei,
		扛: liftGang,
		哩: particleLi,
		垛: stackDuo,
		樘: frameTang,
		窨: cellarYin,
		訾: slanderZi,
		杈: forkCha,
		粘: stickZhan,
		幢: pillarChuang,
		颉: inventorJie,
		观: templeGuan,
		葛: vineGe
	})
);

/**
 * 缪 on its own is the surname Miào (缪姓, 缪先生); in transliterations it is miù (塞缪尔
 * Samuel, 缪尔 Muir), and móu only in 绸缪, a word.
 */
function surnameMiao(s: Sentence, i: number): string {
	return prev(s, i) === '塞' || next(s, i) === '尔' ? 'miù' : 'miào';
}

/** Whether nothing of the clause follows character `i`: the end, a clause break or a trailing mark. */
const endsClause = (s: Sentence, i: number) => isBreak(next(s, i)) || oneOf('…—～~', next(s, i));

// --- Particles at the end of a clause, and their homographs ---------------------------------

/** What the particle 吧 follows and the bar 吧 does not: verbs and answers (走吧走吧, 好吧我去). */
const BA_PARTICLE_AFTER = chars('走来去吃看做说好是了对行算试等坐写听想玩跑唱用开干');

/**
 * 吧 ba, the particle, ends its clause (走吧！); a 吧 with more of a name after it, not after a
 * verb, is the bar bā (贴吧社区, 书吧里).
 */
function barBa(s: Sentence, i: number): string | undefined {
	return isHan(next(s, i)) && !BA_PARTICLE_AFTER.has(prev(s, i)) ? 'bā' : undefined;
}

/**
 * 啦 at the end of a clause is the neutral particle la (该到收获的季节啦), but not in
 * transliterations (哆啦A梦, 卡啦OK: lā).
 */
function particleLa(s: Sentence, i: number): string | undefined {
	if (oneOf('哆卡', prev(s, i))) return 'lā';
	return endsClause(s, i) ? 'la' : undefined;
}

/** 哟 at the end of a clause is the neutral particle yo (家哟！). */
function particleYo(s: Sentence, i: number): string | undefined {
	return endsClause(s, i) ? 'yo' : undefined;
}

// --- Verbs: 挨 ái, 撒 sǎ, 揣 chuǎi, 咧 liě, 蒙 mēng, and 臭 xiù, 丧 sāng, 累 lěi -----------------

/** 挨 ái "suffer, endure" before what is suffered (挨了一刀, 挨打, 挨饿); āi "be next to" otherwise (挨着). */
function sufferAi(s: Sentence, i: number): string | undefined {
	return oneOf('了过打骂饿冻批揍罚宰整斗训', next(s, i)) ? 'ái' : undefined;
}

/** 撒 sǎ "scatter, sprinkle" with where it lands (撒在湖中, 撒满, 撒向); sā "let go" is in words (撒手, 撒谎). */
function scatterSa(s: Sentence, i: number): string | undefined {
	return oneOf('在到向上满下遍入进落种盐', next(s, i)) ? 'sǎ' : undefined;
}

/** 揣 chuāi "tuck into one's clothes" (揣在怀里, 揣着); otherwise chuǎi "guess, gauge" (揣上意, 揣测). */
function guessChuai(s: Sentence, i: number): string {
	if (prev(s, i) === '怀') return 'chuāi';
	return oneOf('着在进入到怀兜了', next(s, i)) ? 'chuāi' : 'chuǎi';
}

/** 咧 liě "grin, part the lips" after the mouth (嘴咧到耳根); otherwise the particle. */
function grinLie(s: Sentence, i: number): string | undefined {
	return oneOf('嘴口', prev(s, i)) || oneOf('嘴开着', next(s, i)) ? 'liě' : undefined;
}

/** 蒙 mēng "dazed, stunned" with 了 (搞蒙了, 一下子蒙了), as in 蒙头转向. */
function dazedMeng(s: Sentence, i: number): string | undefined {
	return next(s, i) === '了' && !isHan(next(s, i, 2)) ? 'mēng' : undefined;
}

/** 臭 xiù "odour" in 无臭, 乳臭, 铜臭 (the noun); otherwise chòu "smelly". */
function smellXiu(s: Sentence, i: number): string | undefined {
	return oneOf('无乳铜', prev(s, i)) ? 'xiù' : undefined;
}

/** 丧 sāng "funeral, mourning" after what one does at one (主丧, 治丧, 奔丧, 吊丧); sàng "lose" otherwise. */
function funeralSang(s: Sentence, i: number): string | undefined {
	return oneOf('主治守奔吊发报居服', prev(s, i)) ? 'sāng' : undefined;
}

/** 累 lěi "repeatedly, accumulate" before an office, count or time (累迁, 累官, 累计, 累年, 累世). */
function repeatedLei(s: Sentence, i: number): string | undefined {
	return oneOf('迁官积计年世次代犯', next(s, i)) ? 'lěi' : undefined;
}

/**
 * 供 on its own is gōng "supply, provide for" (供人参观, 供130名乘客站立); gòng "offer, confess"
 * lives in words (供奉, 供品, 口供), and before what is offered or confessed.
 */
function provideGong(s: Sentence, i: number): string {
	return oneOf('奉品词述认状养', next(s, i)) ? 'gòng' : 'gōng';
}

/** 切 on its own is the verb qiē "cut" (切为两半, 切开); qiè "correspond, be close" is in words (一切, 切实, 密切). */
function cutQie(s: Sentence, i: number): string | undefined {
	return oneOf('勿莫记忌合实身切', next(s, i)) ? undefined : 'qiē';
}

/**
 * 劲 jìng "strong, sturdy" as an adjective after its noun (风劲, 草劲) and before the nouns it
 * qualifies (劲敌, 劲旅, 劲松, 劲射); jìn "strength" otherwise (使劲, 有劲, 干劲 are words).
 */
function strongJing(s: Sentence, i: number): string | undefined {
	if (oneOf('风草骨笔', prev(s, i)) || oneOf('敌旅松草射拔烈直健', next(s, i))) return 'jìng';
	return undefined;
}

/** 攒 cuán "gather, cluster" (攒尖顶, 攒聚); zǎn "save up" with an object or result (攒钱, 攒了, 攒一点). */
function saveZan(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (oneOf('尖聚动集簇', after)) return 'cuán';
	return VERB_COMPLEMENT.has(after) || oneOf('钱一点些够足齐', after) ? 'zǎn' : undefined;
}

// --- Verbs whose dictionary default is the noun: 夹 jiā, 钻 zuān, 盛 chéng, 铺 pū, 缝 féng --------

/** What follows a verb and not a noun: aspect, result and direction, a place preposition. */
const VERB_COMPLEMENT = chars('在着了过住起紧到于上下出进入开好成完');

/** 夹 jiā "press between, squeeze" (夹在腋下, 夹着书); jiá "lined" only in words (夹袄, 夹衣). */
function verbJia(s: Sentence, i: number): string | undefined {
	return oneOf('袄衣被裤', next(s, i)) ? 'jiá' : 'jiā';
}

/** 钻 zuān "drill, get into" with a result or direction (钻出来, 钻进, 钻过); the noun is zuàn. */
function verbZuan(s: Sentence, i: number): string | undefined {
	return VERB_COMPLEMENT.has(next(s, i)) || oneOf('研探营空', next(s, i)) ? 'zuān' : undefined;
}

/**
 * 盛 chéng "ladle, fill" before food or a result (盛饭, 盛汤, 盛满); otherwise shèng
 * "flourishing" (盛放 is both: "bloom" and "hold", so it is left to the context).
 */
function verbCheng(s: Sentence, i: number): string | undefined {
	return oneOf('饭米汤菜粥酒满装', next(s, i)) ? 'chéng' : undefined;
}

/** 铺 pū "spread, lay" with a result or object (铺通, 铺满, 铺路, 铺上); the shop is pù. */
function verbPu(s: Sentence, i: number): string | undefined {
	return VERB_COMPLEMENT.has(next(s, i)) || oneOf('通满平设路轨砖盖散', next(s, i))
		? 'pū'
		: undefined;
}

/** 缝 féng "sew" with a result or place (缝于, 缝在, 缝上, 缝好, 缝补); the seam is fèng. */
function verbFeng(s: Sentence, i: number): string | undefined {
	return VERB_COMPLEMENT.has(next(s, i)) || oneOf('补合制衣线', next(s, i)) ? 'féng' : undefined;
}

/** 奔 bèn "head for" before a destination (奔济南, 直奔城下); bēn "run" before its own kind. */
function towardBen(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	return isHan(after) && !oneOf('走跑驰逃流涌腾波命放跃而', after) ? 'bèn' : undefined;
}

/** 边 in a compound direction (西南边, 东北边) is the neutral locative suffix, as in 东边 dōngbian. */
function sideBian(s: Sentence, i: number): string | undefined {
	return oneOf('东南西北', prev(s, i)) ? 'bian' : undefined;
}

// --- Characters of names: 覃 Qín / tán, 侗 Dòng / tóng, 朴 Piáo ---------------------------------

/** What may stand before a name without being part of it. */
const BEFORE_NAME = chars('的和与及或同跟为由被是在把对向给姓叫让使请称');

/** What follows a given name that ends a name: a function word, a kinship term, punctuation. */
const AFTER_NAME = chars('为在同之是的与和及父子兄弟曾被所也等');

/**
 * 覃 Qín is the surname, the first character of a name (覃振, 覃先生); at the end of a name it
 * is the given name tán (郑覃为相, 毛泽覃、), as in the classical 葛覃 and 覃思 "deep thought".
 */
function nameTan(s: Sentence, i: number): string {
	const before = prev(s, i);
	const after = next(s, i);
	const endsName = !isHan(after) || AFTER_NAME.has(after);
	return isHan(before) && !BEFORE_NAME.has(before) && endsName ? 'tán' : 'qín';
}

const DONG_NEXT = chars('族语寨家戏歌乡人剧锦布水');
/**
 * 侗 Dòng, the Dong people and their language (侗族, 侗语, 侗寨, 苗、侗、瑶); after a surname, in a
 * given name, tóng (杨侗, 李继侗).
 */
function dongTong(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	if (DONG_NEXT.has(next(s, i)) || before === '、') return 'dòng';
	return isHan(before) && !BEFORE_NAME.has(before) ? 'tóng' : undefined;
}

/**
 * 朴 on its own before a given name is the Korean surname Piáo (朴正熙, 朴先生); the adjective
 * pǔ "plain" lives in words (朴素, 朴实, 古朴), which the dictionary reads.
 */
function surnamePiao(s: Sentence, i: number): string | undefined {
	return isHan(next(s, i)) && !oneOf('素实质拙茨', next(s, i)) ? 'piáo' : undefined;
}

/**
 * 晕 yūn "faint, feel dizzy" as a verb (晕了, 晕过去, 晕倒, 头晕, 打晕, 有点晕); otherwise the noun yùn "halo"
 * (日晕, 光晕, 晕轮), as in motion sickness (晕车) which the dictionary has.
 */
function haloYun(s: Sentence, i: number): string {
	const before = prev(s, i);
	const after = next(s, i);
	const dizzyBefore = '头发昏我你他她就会要快又都已打击弄搞熏吓撞砸点很好太真挺更';
	if (oneOf('了过倒厥死', after) || oneOf(dizzyBefore, before)) {
		return 'yūn';
	}
	return 'yùn';
}

// --- 镐 gǎo, 炸 zhá, 槛 jiàn, 扒 pá ---------------------------------------------------------------

/** 镐 gǎo "pick" after the tool's material or kind (铁镐, 斧镐, 洋镐) and before 头 (镐头); hào in 镐京 and names. */
function pickGao(s: Sentence, i: number): string | undefined {
	return oneOf('铁斧洋钢', prev(s, i)) || oneOf('头把柄', next(s, i)) ? 'gǎo' : undefined;
}

/** 炸 zhá "deep-fry" in cooking: after 煎, 油, 续 (煎炸, 续炸) and before 至 or a texture (炸至金黄, 炸酥). */
function fryZha(s: Sentence, i: number): string | undefined {
	return oneOf('煎油续复', prev(s, i)) || oneOf('至酥脆', next(s, i)) ? 'zhá' : undefined;
}

/** 槛 jiàn "cage" before 车 and 送 (槛车, 槛送京师: carried in a cage); kǎn in 门槛. */
function cageJian(s: Sentence, i: number): string | undefined {
	return oneOf('车送', next(s, i)) ? 'jiàn' : undefined;
}

/** 扒 pá "braise" in dishes (扒鸡, 扒鸭, 扒白菜, 扒肘子); bā "cling, strip" elsewhere. */
function braisePa(s: Sentence, i: number): string | undefined {
	return oneOf('鸡鸭肘白', next(s, i)) ? 'pá' : undefined;
}

// --- Readings a neighbour decides: 鬲 锔 镝 捋 撮 擂 扛 哩 垛 樘 窨 訾 杈 粘 幢 颉 观 葛 ------------------

/** 鬲 lì, the ancient tripod cooking vessel, beside other vessels or its material (铜鬲, 鼎、鬲、爵); Gé is a surname. */
function vesselLi(s: Sentence, i: number): string | undefined {
	for (let k = 1; k <= 3; k++) {
		if (oneOf('鼎爵簋甗铜陶', prev(s, i, k)) || oneOf('鼎爵簋甗', next(s, i, k))) return 'lì';
	}
	return undefined;
}

const ACTINIDES = chars('锕钍镤铀镎钚镅锔锫锎锿镄钔锘铹');
/** 锔 jú, curium, among the actinides (镅和锔) or before 元素; jū "mend with cramps" (锔碗). */
function curiumJu(s: Sentence, i: number): string | undefined {
	const near = [prev(s, i), prev(s, i, 2), next(s, i), next(s, i, 2)];
	return near.some((c) => ACTINIDES.has(c)) || next(s, i) === '元' ? 'jú' : undefined;
}

/** 镝 dī, dysprosium, in chemistry (镝盐, 镝元素, 氧化镝); dí "arrowhead" (鸣镝, 锋镝). */
function dysprosiumDi(s: Sentence, i: number): string | undefined {
	return oneOf('盐元离原', next(s, i)) || prev(s, i) === '化' ? 'dī' : undefined;
}

/** 捋 luō "roll up" before 起 and 袖 (捋起袖子); lǚ "smooth with the fingers" (捋胡子). */
function rollLuo(s: Sentence, i: number): string | undefined {
	return oneOf('起袖', next(s, i)) ? 'luō' : undefined;
}

/** 撮 zuǒ, measure word for a tuft of hair (一撮毛, 一撮胡子, 一撮长鬓角); cuō "a pinch" otherwise. */
function tuftZuo(s: Sentence, i: number): string | undefined {
	if (!BEFORE_MEASURE.has(prev(s, i))) return undefined;
	for (let k = 1; k <= 3; k++) if (oneOf('毛发胡须鬓', next(s, i, k))) return 'zuǒ';
	return undefined;
}

/** 擂 lèi "arena" in 擂主 (擂台 is a word); léi "beat" before a drum or its complement (擂鼓, 擂起). */
function arenaLei(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (after === '主') return 'lèi';
	return oneOf('鼓起响', after) ? 'léi' : undefined;
}

/** 扛 gāng "lift with both hands" in 扛鼎 (力能扛鼎, 扛鼎之作); káng "shoulder" otherwise. */
function liftGang(s: Sentence, i: number): string | undefined {
	return next(s, i) === '鼎' ? 'gāng' : undefined;
}

/** 哩 li, the particle, ending a clause (还早哩！); lǐ "mile" after a number (三哩路); lī in 咖哩. */
function particleLi(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	if (DIGIT.test(before) || BEFORE_MEASURE.has(before) || before === '英') return 'lǐ';
	return isBreak(next(s, i)) && before !== '咖' ? 'li' : undefined;
}

/** 垛 duò "stack" after what is stacked (草垛, 麦秸垛, 柴垛); duǒ "battlement" (城垛). */
function stackDuo(s: Sentence, i: number): string | undefined {
	return oneOf('草麦秸柴砖粮稻', prev(s, i)) ? 'duò' : undefined;
}

/** 樘 táng "frame" after door and window (门樘, 窗樘). */
function frameTang(s: Sentence, i: number): string | undefined {
	return oneOf('门窗', prev(s, i)) ? 'táng' : undefined;
}

/** 窨 yìn "cellar" (窨子, 窨井, 地窨); xūn "scent tea with flowers" (窨茶). */
function cellarYin(s: Sentence, i: number): string | undefined {
	return oneOf('子井', next(s, i)) || prev(s, i) === '地' ? 'yìn' : undefined;
}

/** 訾 zǐ "slander" after 诋 (诋訾). */
function slanderZi(s: Sentence, i: number): string | undefined {
	return prev(s, i) === '诋' ? 'zǐ' : undefined;
}

/** 杈 chà "fork of a branch" (树杈, 分杈, 枝杈); chā "pitchfork" (杈子). */
function forkCha(s: Sentence, i: number): string | undefined {
	return oneOf('树分枝', prev(s, i)) ? 'chà' : undefined;
}

/**
 * 粘 zhān "stick", the verb before where or how (粘在, 粘上, 粘住, 粘着); nián "sticky", and
 * in 粘着性, 粘着力 (niánzhuó "adhesion").
 */
function stickZhan(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	if (after === '着' && oneOf('性力剂', next(s, i, 2))) return undefined;
	return oneOf('在上住着到满', after) ? 'zhān' : undefined;
}

/** 幢 chuáng, a pillar with scripture, after its material or kind (铁幢, 石幢, 经幢); zhuàng counts buildings. */
function pillarChuang(s: Sentence, i: number): string | undefined {
	return oneOf('铁石经', prev(s, i)) ? 'chuáng' : undefined;
}

/** 颉 jié in 仓颉 or 苍颉, the legendary inventor of writing (颉颃 xiéháng is a word). */
function inventorJie(s: Sentence, i: number): string | undefined {
	return oneOf('仓苍', prev(s, i)) ? 'jié' : undefined;
}

/** 观 guàn, a Taoist temple, ending its name (伏龙观, 玄妙观, 白云观、); guān "look". */
function templeGuan(s: Sentence, i: number): string | undefined {
	const after = next(s, i);
	const ends = isBreak(after) || oneOf('、和与的内中里', after);
	return ends && oneOf('龙云妙清真仙玄道元阳', prev(s, i)) ? 'guàn' : undefined;
}

/** 葛 gé, the kudzu vine, in plant names (蓬莱葛属, 葛藤, 葛麻); Gě is a surname. */
function vineGe(s: Sentence, i: number): string | undefined {
	return oneOf('属科根藤麻布', next(s, i)) ? 'gé' : undefined;
}

// --- 弄 lòng, 藏 zàng, 扇 shàn ------------------------------------------------------------------

/** 弄 lòng "lane": a lane number in an address (武康路40弄, 新华路593弄). */
function laneLong(s: Sentence, i: number): string | undefined {
	return DIGIT.test(prev(s, i)) ? 'lòng' : undefined;
}

/** 藏 zàng "Tibet, Tibetan": stationed in Tibet (驻藏), and Tibetan people and troops (藏人, 藏军). */
function tibetZang(s: Sentence, i: number): string | undefined {
	return prev(s, i) === '驻' || oneOf('人军兵', next(s, i)) ? 'zàng' : undefined;
}

/**
 * 扇 shàn: the measure word (双扇门, 八扇屏风) and the noun "fan" before a shape (扇形, 扇状);
 * shān: the verb "fan", with an aspect particle or after an adverbial 地 (轻轻地扇着).
 */
function fanShan(s: Sentence, i: number): string | undefined {
	const before = prev(s, i);
	const after = next(s, i);
	if (oneOf('着了过', after) || before === '地') return 'shān';
	if (BEFORE_MEASURE.has(before) || DIGIT.test(before) || before === '双') return 'shàn';
	return oneOf('形状面区', after) ? 'shàn' : undefined;
}

// --- 咳 ké / hāi, 燕 yān ------------------------------------------------------------------------

/** 咳 ké "cough" (咳出, 急咳); hāi only as an interjection, a clause of its own (咳，我忘了！). */
function coughKe(s: Sentence, i: number): string {
	const before = prev(s, i);
	const after = next(s, i);
	return (isBreak(before) && isBreak(after)) || oneOf('呀哟', after) ? 'hāi' : 'ké';
}

/** 燕 Yān, the ancient state and its region (燕王, 燕国, 燕京, 燕赵, 燕云), not the swallow yàn. */
function stateYan(s: Sentence, i: number): string | undefined {
	return oneOf('王国京赵云蓟', next(s, i)) ? 'yān' : undefined;
}

/**
 * Apply every rule to the characters that stand alone; changes `s.readings` in place.
 * Returns, per character, whether a rule decided its reading.
 */
export function applyRules(s: Sentence): boolean[] {
	return s.chars.map((ch, i) => {
		if (!s.alone[i]) return false;
		const rule = RULES.get(ch);
		if (!rule) return false;
		const reading = rule(s, i);
		if (reading) s.readings[i] = reading;
		return reading !== undefined;
	});
}
