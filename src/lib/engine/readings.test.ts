import { describe, expect, it } from 'vitest';
import { PINYIN_WORDS, readerData } from '../server/annotator.ts';
import { createAnnotator, type Annotator } from './annotator.ts';

/** The engine without a dictionary, reading with the words of @pinyin-pro/data. */
const alone = createAnnotator({ pinyinWords: PINYIN_WORDS });
const withDictionary = createAnnotator(readerData({ polyphones: false }));
const asTheReaderReads = createAnnotator(readerData());

/** The syllables `annotator` gives `word` where it first occurs in `sentence`. */
function readingOf(sentence: string, word: string, annotator: Annotator = alone): string {
	const at =
		Array.from(sentence).length - Array.from(sentence.slice(sentence.indexOf(word))).length;
	if (sentence.indexOf(word) < 0) throw new Error(`"${word}" is not in "${sentence}"`);
	const syllables = annotator
		.annotate(sentence)
		.flatMap((t) => (t.kind === 'word' ? (t.pinyin ?? []) : Array.from(t.text).map(() => '')));
	return syllables.slice(at, at + Array.from(word).length).join(' ');
}

// Hand-checked readings of context-dependent characters in the seed article
// (checked against Xiandai Hanyu Cidian, 7th edition). Each: sentence from the seed,
// the word, the reading it must get there.
const SEED_READINGS: [sentence: string, word: string, reading: string][] = [
	[
		'国家质检总局局长支树平出席会议并讲话,副局长、国家认监委主任孙大伟出席会议并作工作报告。',
		'局长',
		'jú zhǎng'
	],
	[
		'国家质检总局局长支树平出席会议并讲话,副局长、国家认监委主任孙大伟出席会议并作工作报告。',
		'副局长',
		'fù jú zhǎng'
	],
	['认证认可是中国特色质检工作体系的重要组成部分', '重要', 'zhòng yào'],
	['要坚持既抓当前又抓长远', '长远', 'cháng yuǎn'],
	['解决了行政执法缺少评价手段以及标准不一、重复评价、效率低下等问题', '重复', 'chóng fù'],
	['解决了行政执法缺少评价手段以及标准不一、重复评价、效率低下等问题', '不一', 'bù yī'],
	['解决了行政执法缺少评价手段以及标准不一、重复评价、效率低下等问题', '效率', 'xiào lǜ'],
	['解决了行政执法缺少评价手段以及标准不一、重复评价、效率低下等问题', '缺少', 'quē shǎo'],
	['充分适应不同行业、不同领域特殊的发展需求', '行业', 'háng yè'],
	['既是认证认可工作的自身要求,也是完善中国特色质检工作体系的需要。', '要求', 'yāo qiú'],
	['形成质量发展的激励机制、倒逼机制,激发内生活力,释放质量红利。', '倒逼', 'dào bī'],
	['探索以第三方认证认可结果采信为核心的质量安全考核激励机制', '为核心', 'wéi hé xīn'],
	['严厉打击认证违法行为。', '违法行为', 'wéi fǎ xíng wéi'],
	['更好地传递信任、服务发展。', '更好地', 'gèng hǎo de'],
	['为建设质量强国作出更大贡献。', '作出', 'zuò chū'],
	['为建设质量强国作出更大贡献。', '为', 'wèi'],
	['当前,我国认证认可工作要着眼国内外大局,凸显3个方面作用。', '着眼', 'zhuó yǎn'],
	['当前,我国认证认可工作要着眼国内外大局,凸显3个方面作用。', '凸显', 'tū xiǎn'],
	['支树平强调,认证认可在经济社会发展中的作用日益凸显。', '强调', 'qiáng diào'],
	['切实增强机遇把握能力、风险管控能力、自主创新能力、统筹协调能力', '协调', 'xié tiáo'],
	['切实增强机遇把握能力、风险管控能力、自主创新能力、统筹协调能力', '切实', 'qiè shí'],
	['要认真落实工作方针,以质量和效益为中心,坚持创新驱动', '为中心', 'wéi zhōng xīn'],
	['要认真落实工作方针,以质量和效益为中心,坚持创新驱动', '落实', 'luò shí'],
	['为国家发展提供强有力的技术支撑服务', '为', 'wèi'],
	['为国家发展提供强有力的技术支撑服务', '强有力', 'qiáng yǒu lì'],
	['进一步强化认证认可作为社会主义市场经济基础性制度安排的地位。', '作为', 'zuò wéi'],
	['进一步强化认证认可作为社会主义市场经济基础性制度安排的地位。', '地位', 'dì wèi'],
	['进一步强化认证认可作为社会主义市场经济基础性制度安排的地位。', '进一步', 'jìn yí bù'],
	['各地两局要进一步重视和加强认证认可工作', '各地', 'gè dì'],
	['各地两局要进一步重视和加强认证认可工作', '重视', 'zhòng shì'],
	['地方两局认证监管部门分管领导及有关人员在各分会场参加会议。', '地方', 'dì fāng'],
	['地方两局认证监管部门分管领导及有关人员在各分会场参加会议。', '分会场', 'fēn huì chǎng'],
	['一要着眼国家发展需求,凸显评价支撑的作用。', '一要', 'yī yào'],
	['使集中统一的中国特色认证认可制度不断加强、不断完善、不断稳固。', '不断', 'bú duàn'],
	['要围绕质量和效益这个中心,通过公正评价和信息传导', '质量', 'zhì liàng'],
	['要围绕质量和效益这个中心,通过公正评价和信息传导', '这个', 'zhè ge'],
	['沿着中国特色质检工作之路,全面推进认证认可事业创新发展。', '沿着', 'yán zhe'],
	['孙大伟在题为《沿着中国特色质检工作之路》的工作报告中', '题为', 'tí wéi'],
	[
		'使认证认可工作有平台、有抓手、有机构、有人力、有资金,更有作为。',
		'更有作为',
		'gèng yǒu zuò wéi'
	],
	[
		'要切实改进工作作风和工作方法,完善行风长效机制,提升认证认可监管部门执行力。',
		'行风',
		'háng fēng'
	],
	[
		'要切实改进工作作风和工作方法,完善行风长效机制,提升认证认可监管部门执行力。',
		'长效',
		'cháng xiào'
	],
	[
		'要切实改进工作作风和工作方法,完善行风长效机制,提升认证认可监管部门执行力。',
		'执行力',
		'zhí xíng lì'
	],
	['标准委领导班子和全体干部职工、总局各司局', '班子', 'bān zi'],
	['标准委领导班子和全体干部职工、总局各司局', '干部', 'gàn bù'],
	['国务院法制办、国家气象局、总参测绘局等特邀单位代表', '总参', 'zǒng cān'],
	['我国实行集中统一的认证认可制度', '实行', 'shí xíng'],
	['完善认证认可制度势在必行。', '势在必行', 'shì zài bì xíng'],
	['各级监管部门更要履行监管责任,切实守住底线。', '履行', 'lǚ xíng'],
	['各级监管部门更要履行监管责任,切实守住底线。', '更要', 'gèng yào'],
	['加强对重点产品的监管', '重点', 'zhòng diǎn'],
	['积极参与相关标准规则制定,维护国家利益。', '参与', 'cān yù'],
	['积极参与相关标准规则制定,维护国家利益。', '相关', 'xiāng guān'],
	['将认证认可纳入质量工作整体布局', '将', 'jiāng'],
	['一方面,要为国家外交外贸大局做好服务', '一方面', 'yì fāng miàn'],
	['一方面,要为国家外交外贸大局做好服务', '为', 'wèi'],
	['探索了一条有中国特色的认证认可发展之路', '一条', 'yì tiáo'],
	['提高贸易便利化水平,促进开放型经济发展。', '便利', 'biàn lì'],
	['紧盯发达国家第三方评价制度的新动向', '发达', 'fā dá'],
	['借鉴国际认证认可制度并与我国国情相结合', '相结合', 'xiāng jié hé'],
	['全系统要进一步提高认识、凝聚力量', '认识', 'rèn shi'],
	['重要任务是大力发展认证认可服务业', '任务', 'rèn wu'],
	['特别是加强认证监管机构和队伍建设', '队伍', 'duì wu'],
	['支树平充分肯定了2012年认证认可工作取得的成绩。', '取得', 'qǔ dé'],
	['主动适应标准、技术法规和产业条件的更新升级', '更新', 'gēng xīn'],
	['在主会场出席会议。', '会场', 'huì chǎng']
];

describe('readings in the seed article', () => {
	it('has at least 40 hand-checked readings', () => {
		expect(SEED_READINGS.length).toBeGreaterThanOrEqual(40);
	});
	it.each(SEED_READINGS)('%s: %s = %s', (sentence, word, reading) => {
		expect(readingOf(sentence, word)).toBe(reading);
	});
	// The reader pages read with the CC-CEDICT dictionary: the same readings must hold there.
	it.each(SEED_READINGS)('with CC-CEDICT, %s: %s = %s', (sentence, word, reading) => {
		expect(readingOf(sentence, word, withDictionary)).toBe(reading);
	});
	it.each(SEED_READINGS)('as the reader reads, %s: %s = %s', (sentence, word, reading) => {
		expect(readingOf(sentence, word, asTheReaderReads)).toBe(reading);
	});
});

describe('overrides', () => {
	it('beat the engine and the built-in word list', () => {
		expect(readingOf('国家质检总局局长', '局长')).toBe('jú zhǎng');
		const tokens = alone.annotate('国家质检总局局长', { overrides: { 局长: 'jú cháng' } });
		expect(tokens.at(-1)).toMatchObject({ text: '局长', pinyin: ['jú', 'cháng'] });
	});
	it('make the overridden span one word', () => {
		const tokens = alone.annotate('一要着眼国家发展需求', {
			overrides: { 发展需求: 'fā zhǎn xū qiú' }
		});
		expect(tokens.map((t) => t.text)).toContain('发展需求');
	});
});

describe('一, 不 and 了 standing alone, with the dictionary', () => {
	it.each([
		// The tone of 不 and 一 follows the syllable this sentence reads next.
		['你不应该这样说。', '不应该', 'bù yīng gāi'],
		['我们这一豁免条款要改。', '一豁', 'yí huò'],
		['他前一班车没赶上。', '一班', 'yì bān'],
		// 一 as a number keeps its tone.
		['请翻到第一章。', '第一', 'dì yī'],
		['那天是九一八。', '九一八', 'jiǔ yī bā'],
		// Between a repeated verb: neutral.
		['你说不说？', '说不说', 'shuō bu shuō'],
		['让我看一看。', '看一看', 'kàn yi kàn'],
		// Before 的 and 也: no change.
		['好的不多，坏的不也一样？', '不也', 'bù yě'],
		// 了 after a character: le.
		['他仔细检查了事件的经过。', '了', 'le']
	])('%s: %s = %s', (sentence, word, reading) => {
		expect(readingOf(sentence, word, withDictionary)).toBe(reading);
	});
});
