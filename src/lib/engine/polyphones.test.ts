import { describe, expect, it } from 'vitest';
import { readerData } from '../server/annotator.ts';
import { createAnnotator, type Annotator } from './annotator.ts';

/**
 * Polyphonic characters in context: sentences written for this test (not taken from any
 * corpus or from the seed article), each with the tested character in 【】 and the reading
 * it has there (Xiandai Hanyu Cidian, 7th edition). The engine runs without a glossary, both
 * with the CC-CEDICT dictionary the reader pages use and alone. Cases marked 'dictionary'
 * hold with the dictionary only: alone, pinyin-pro's own word list reads across the word
 * end (似的 in 相似的, 的士 in 一半的士兵, 着眼 in 接着眼前, 了了 in 好不了了, 没收 in 没收拾,
 * 行为 in 银行为) and no rule for a character standing alone can reach it.
 */
const CASES: [sentence: string, reading: string, only?: 'dictionary'][] = [
	// 为 wéi "be, act as, become" (copula, resultative V为, 以…为, 被…为, 为…所) / wèi "for"
	['他被选【为】班长。', 'wéi'],
	['这座城市后来改名【为】新港。', 'wéi'],
	['我们【为】人民服务。', 'wèi'],
	['她【为】孩子准备了早饭。', 'wèi'],
	['这个村子的人口【为】3000人。', 'wéi'],
	['会议以节约资源【为】主题。', 'wéi'],
	['大家都称他【为】老师。', 'wéi'],
	['他【为】什么不来？', 'wèi'],
	['这些工艺品多【为】手工制作。', 'wéi'],
	['【为】了健康，他每天跑步。', 'wèi'],
	['到目前【为】止，一切顺利。', 'wéi'],
	['他们把荒地变【为】良田。', 'wéi'],
	['这位作家的小说被译【为】多种语言。', 'wéi'],
	['那座寺庙原【为】一座私人花园。', 'wéi'],
	['妈妈很【为】你高兴。', 'wèi'],
	['此事【为】大家所熟知。', 'wéi'],
	['你不必【为】这件事担心。', 'wèi'],
	['他一直以教书【为】生。', 'wéi'],
	['皇帝封他【为】大将军。', 'wéi'],
	['两个小组合并【为】一个。', 'wéi'],
	// 了 le (particle) / liǎo "finish, be able to" (V不了, 了解, 了结)
	['我吃【了】饭就走。', 'le'],
	['这件事我实在受不【了】。', 'liǎo'],
	['他们终于【了】解了真相。', 'liǎo'],
	['雨太大，今天去不【了】公园了。', 'liǎo'],
	['天黑【了】。', 'le'],
	['这点小事算不【了】什么。', 'liǎo'],
	['他的病好不了【了】。', 'le', 'dictionary'],
	['你放心，他跑不【了】。', 'liǎo'],
	['这个问题一直没有【了】结。', 'liǎo'],
	['他看完书就睡觉【了】。', 'le'],
	// 蠡 lí in the Xiongnu title 谷蠡 (谷 lù), lǐ in names (范蠡, 蠡县)
	['汉军俘虏了匈奴的左谷【蠡】王。', 'lí'],
	['春秋时越国的大夫范【蠡】后来经商致富。', 'lǐ', 'dictionary'],
	// 镐 gǎo "pick" / hào (镐京, names); 炸 zhá "fry" / zhà "explode"; 槛 jiàn "cage" / kǎn;
	// 扒 pá "braise" / bā
	['工人们抡起铁【镐】挖开冻土。', 'gǎo'],
	['他扛着一把【镐】头上山了。', 'gǎo'],
	['把土豆片放进油锅里【炸】至金黄。', 'zhá'],
	['鱼块翻面后续【炸】两分钟。', 'zhá'],
	['那座旧桥被【炸】毁了。', 'zhà'],
	['叛将被俘后【槛】送京城。', 'jiàn'],
	['他一脚绊在门【槛】上。', 'kǎn'],
	['德州【扒】鸡远近闻名。', 'pá'],
	['孩子【扒】着窗户往外看。', 'bā'],
	// Readings a neighbour decides
	['博物馆里陈列着一件商代的铜【鬲】。', 'lì'],
	['出土的陶器有鼎、【鬲】和罐。', 'lì'],
	['实验室合成了少量的镅和【锔】。', 'jú'],
	['老师傅会用铜钉【锔】碗。', 'jū'],
	['溶液里加入了【镝】盐。', 'dī'],
	['他【捋】起袖子就干活。', 'luō'],
	['老人慢慢地【捋】着胡子。', 'lǚ'],
	['他下巴上留着一【撮】小胡子。', 'zuǒ'],
	['汤里再放一【撮】盐。', 'cuō'],
	['这位拳手是本届比赛的【擂】主。', 'lèi'],
	['战士们【擂】起了战鼓。', 'léi'],
	['这部小说是他的【扛】鼎之作。', 'gāng'],
	['他【扛】着一袋米上楼。', 'káng'],
	['天还早【哩】，再睡一会儿。', 'li'],
	['从这里到镇上有五【哩】路。', 'lǐ'],
	['村口堆着一个大草【垛】。', 'duò'],
	['工匠正在修理旧门【樘】。', 'táng'],
	['院子里有一口【窨】井。', 'yìn'],
	['他常在文章里诋【訾】对手。', 'zǐ'],
	['一只小鸟落在树【杈】上。', 'chà'],
	['孩子把画【粘】在墙上。', 'zhān'],
	['这种胶的【粘】着性很好。', 'nián'],
	['寺前立着一座唐代的石【幢】。', 'chuáng'],
	['这条街新盖了三【幢】楼。', 'zhuàng'],
	['传说仓【颉】创造了文字。', 'jié'],
	['我们参观了山上的玄妙【观】。', 'guàn'],
	['他仔细【观】察着天上的云。', 'guān'],
	['山坡上长满了野【葛】藤。', 'gé'],
	['她怀【揣】着梦想来到北京。', 'chuāi'],
	// 的 de (particle) / dí, dì, dī inside words only
	['他用优美【的】文笔写下了家乡。', 'de'],
	['客户端【的】数据每天备份。', 'de', 'dictionary'],
	['这次旅行【的】目的地是海南。', 'de'],
	['我们此行的目【的】是学习。', 'dì'],
	['他【的】确没有来过。', 'dí'],
	['一半【的】士兵留在营地。', 'de', 'dictionary'],
	// 地 de (adverbial particle) / dì "earth, ground, place"
	['他认真【地】完成了作业。', 'de'],
	['这块【地】种满了玉米。', 'dì'],
	['孩子们高兴【地】跳了起来。', 'de'],
	['地震发生时，【地】面剧烈摇晃。', 'dì'],
	['农民在【地】里干活。', 'dì'],
	['他慢慢【地】走回家。', 'de'],
	['这里的土【地】非常肥沃。', 'dì'],
	['我们要科学【地】安排时间。', 'de'],
	['她在草【地】上坐着。', 'dì'],
	// 得 de (complement marker) / dé "obtain" / děi "must"
	['他跑【得】很快。', 'de'],
	['这次比赛他获【得】了冠军。', 'dé'],
	['天太晚了，我【得】走了。', 'děi'],
	['这本书值【得】一读。', 'de'],
	['大家都觉【得】很累。', 'de'],
	['我们取【得】了很大的进步。', 'dé'],
	['她唱【得】非常好听。', 'de'],
	['这件事你【得】好好想想。', 'děi'],
	['他的字写【得】不好。', 'de'],
	['他心里很【得】意。', 'dé'],
	['下雨以后，路变【得】很滑。', 'de'],
	['他们在比赛中【得】了第一名。', 'dé'],
	// 着 zhe (durative particle) / zháo "touch, reach" / zhuó "apply, wear"
	['他笑【着】说：“没关系。”', 'zhe'],
	['孩子很快就睡【着】了。', 'zháo'],
	['别【着】急，慢慢来。', 'zháo'],
	['我们要【着】手解决这个问题。', 'zhuó'],
	['门开【着】，屋里没有人。', 'zhe'],
	['随【着】经济的发展，生活越来越好。', 'zhe'],
	['这个结果意味【着】什么？', 'zhe'],
	['飞机安全【着】陆了。', 'zhuó'],
	['他接【着】说下去。', 'zhe'],
	['火终于点【着】了。', 'zháo'],
	['他接【着】眼前的话题说下去。', 'zhe', 'dictionary'],
	['他的【着】装很得体。', 'zhuó'],
	['这么多东西我一个人拿不【着】。', 'zháo'],
	// 长 cháng "long" / zhǎng "grow; head of"
	['这条河很【长】。', 'cháng'],
	['孩子们一天天【长】大了。', 'zhǎng'],
	['他是我们学校的校【长】。', 'zhǎng'],
	['副师【长】带领部队出发了。', 'zhǎng'],
	['这座桥【长】五百米。', 'cháng'],
	['院子里【长】满了野草。', 'zhǎng'],
	['我们要看得【长】远一些。', 'cháng'],
	['村【长】召集大家开会。', 'zhǎng'],
	['他的头发【长】得很快。', 'zhǎng'],
	['这次会议的时间太【长】了。', 'cháng'],
	['树上【长】出了新叶子。', 'zhǎng'],
	// 要 yào / yāo
	['我【要】一杯茶。', 'yào'],
	['他们【要】求提高工资。', 'yāo'],
	['这件事很重【要】。', 'yào'],
	['明天【要】下雨。', 'yào'],
	['歹徒以人质【要】挟警察。', 'yāo'],
	// 行 xíng / háng
	['他在银【行】工作。', 'háng'],
	['我们步【行】去学校。', 'xíng'],
	['这【行】字写得太小了。', 'háng'],
	['这个办法【行】不通。', 'xíng'],
	['各【行】各业都在发展。', 'háng'],
	['他们举【行】了一次会议。', 'xíng'],
	// The listed word 行为 xíng wéi does not cut into the dictionary word 银行.
	['这家银【行】为小企业提供贷款。', 'háng', 'dictionary'],
	// 弄 lòng (lane number) / nòng
	['他家住在长乐路88【弄】。', 'lòng'],
	['别把衣服【弄】脏了。', 'nòng'],
	// 藏 zàng (Tibet, Tibetan) / cáng
	['他曾任驻【藏】大臣。', 'zàng'],
	['山上驻扎着一支【藏】军。', 'zàng'],
	['他把钱【藏】在床下。', 'cáng'],
	// 扇 shàn (measure word, noun) / shān (verb)
	['这座房子有两【扇】窗户。', 'shàn'],
	['这片土地呈【扇】形。', 'shàn'],
	['她拿着扇子轻轻地【扇】着。', 'shān'],
	// 攒 cuán (攒尖, a pyramidal roof) / zǎn (save up)
	['这座亭子是四角【攒】尖顶。', 'cuán'],
	['他每个月都【攒】一点钱。', 'zǎn'],
	// 咳 ké (cough) / hāi (interjection)
	['他【咳】了一整夜。', 'ké'],
	['【咳】，我又忘了！', 'hāi'],
	// 燕 yān (the ancient state) / yàn (swallow)
	['朱棣原是【燕】王。', 'yān'],
	['屋檐下飞来一只【燕】子。', 'yàn'],
	// 吧 bā "bar" inside a dictionary word / ba the particle
	['我们下班后去酒【吧】坐坐。', 'bā', 'dictionary'],
	['我们走【吧】。', 'ba'],
	// 应 after 的 is no modal verb: 应国 Yìng, an ancient state
	['这里是古代的【应】国。', 'yìng'],
	['这样做【行】吗？', 'xíng'],
	// 重 zhòng "heavy, important" / chóng "again; layer"
	['这个箱子很【重】。', 'zhòng'],
	['请你【重】新写一遍。', 'chóng'],
	['他把这首歌【重】录了一遍。', 'chóng'],
	['这是一个【重】要的决定。', 'zhòng'],
	['战后，这座城市得到了【重】建。', 'chóng'],
	['这个人物有双【重】身份。', 'chóng'],
	['他在事故中受了【重】伤。', 'zhòng'],
	['老朋友多年后【重】逢。', 'chóng'],
	['他们决定【重】修这座古桥。', 'chóng'],
	// 和 hé / hè / huo
	['我【和】你一起去。', 'hé'],
	['大家都附【和】他的意见。', 'hè'],
	['两国签订了【和】平条约。', 'hé'],
	['今天的天气很暖【和】。', 'huo'],
	// 会 huì / kuài
	['他【会】说三种语言。', 'huì'],
	['她是这家公司的【会】计。', 'kuài'],
	['明天的【会】议很重要。', 'huì'],
	// 觉 jué / jiào
	['我【觉】得这部电影很好看。', 'jué'],
	['他中午睡了一【觉】。', 'jiào'],
	['孩子已经在睡【觉】了。', 'jiào'],
	['他没有【觉】察到危险。', 'jué'],
	['她每天都睡午【觉】。', 'jiào'],
	// 还 hái / huán
	['他【还】没有回来。', 'hái'],
	['他已经把钱【还】给我了。', 'huán'],
	['她比我【还】高。', 'hái'],
	['这笔贷款必须在年底前【还】清。', 'huán'],
	['借别人的东西要按时【还】。', 'huán'],
	['他【还】是决定去北京。', 'hái'],
	// 便 biàn / pián
	['这家店的东西很【便】宜。', 'pián'],
	['他一到家【便】开始做饭。', 'biàn'],
	['这里交通很方【便】。', 'biàn'],
	['你顺【便】帮我买瓶水。', 'biàn'],
	// 只 zhǐ "only" / zhī (measure word)
	['我【只】有十块钱。', 'zhǐ'],
	['院子里有两【只】小狗。', 'zhī'],
	['他【只】想休息一会儿。', 'zhǐ'],
	['这【只】猫很可爱。', 'zhī'],
	['一【只】鸟飞过天空。', 'zhī'],
	['【只】要努力，就能成功。', 'zhǐ'],
	['许多船【只】在港口停靠。', 'zhī'],
	['她【只】是笑了笑。', 'zhǐ'],
	['每【只】羊都有编号。', 'zhī'],
	['这次我们【只】差一步。', 'zhǐ'],
	['农场里有3【只】奶牛。', 'zhī'],
	// 相 xiāng "mutually" / xiàng "appearance; minister"
	['他们【相】互帮助。', 'xiāng'],
	['我们去照【相】吧。', 'xiàng'],
	['两人【相】视一笑。', 'xiāng'],
	['这件事的真【相】终于大白。', 'xiàng'],
	['我们【相】信你。', 'xiāng'],
	['首【相】访问了邻国。', 'xiàng'],
	['两座城市【相】距很远。', 'xiāng'],
	// 大 dà / dài
	['这座房子很【大】。', 'dà'],
	['【大】夫给他开了药。', 'dài'],
	['我们【大】家一起去。', 'dà'],
	// 都 dōu "all" / dū "capital"
	['我们【都】是学生。', 'dōu'],
	['北京是中国的首【都】。', 'dū'],
	['秦国后来迁【都】咸阳。', 'dū'],
	['他每天【都】锻炼身体。', 'dōu'],
	['这座【都】市很繁华。', 'dū'],
	['唐朝定【都】长安。', 'dū'],
	// 数 shù "number" / shǔ "count"
	['这道题的【数】字很大。', 'shù'],
	['他能从一【数】到一百。', 'shǔ'],
	['天上的星星【数】不清。', 'shǔ'],
	['参加比赛的人【数】很多。', 'shù'],
	['【数】十名工人参加了会议。', 'shù'],
	['我们来【数】一数有多少人。', 'shǔ'],
	// 种 zhǒng "kind" / zhòng "plant"
	['这【种】水果很好吃。', 'zhǒng'],
	['农民在田里【种】水稻。', 'zhòng'],
	['我们在院子里【种】了一棵苹果树。', 'zhòng'],
	['各【种】各样的花都开了。', 'zhǒng'],
	['他喜欢【种】花。', 'zhòng'],
	['这是一个新品【种】。', 'zhǒng'],
	['春天是【种】树的好时候。', 'zhòng'],
	// 少 shǎo "few" / shào "young"
	['今天来的人很【少】。', 'shǎo'],
	['他是一位【少】年英雄。', 'shào'],
	['这支球队很【少】输球。', 'shǎo'],
	['他是空军【少】将。', 'shào'],
	['【少】女们在河边唱歌。', 'shào'],
	// 没 méi / mò
	['我【没】有钱。', 'méi'],
	['洪水淹【没】了村庄。', 'mò'],
	['那艘船在海上沉【没】了。', 'mò'],
	['他的财产被【没】收了。', 'mò'],
	['他还【没】吃饭。', 'méi'],
	['野兽经常在这里出【没】。', 'mò'],
	['他的全部财产都被罚【没】了。', 'mò'],
	['这些东西我还【没】收拾。', 'méi', 'dictionary'],
	// 调 tiáo "adjust" / diào "transfer; tune"
	['他被【调】到上海工作。', 'diào'],
	['这首歌的【调】子很好听。', 'diào'],
	['我们需要【调】整计划。', 'tiáo'],
	['他做了一次社会【调】查。', 'diào'],
	['她去年【调】入了财务部。', 'diào'],
	// 差 chā / chà / chāi
	['他的成绩很【差】。', 'chà'],
	['他们之间的【差】距越来越大。', 'chā'],
	['他下个月要出【差】。', 'chāi'],
	['这两种方法的【差】别不大。', 'chā'],
	['我【差】点儿忘了。', 'chà'],
	['这里早晚温【差】很大。', 'chā'],
	['这台相机的像【差】很小。', 'chā'],
	['飞到国外要倒时【差】。', 'chā'],
	['那天我【差】一点迟到。', 'chà'],
	// 量 liáng "measure" / liàng "amount"
	['护士给他【量】了体温。', 'liáng'],
	['今年的降水【量】比去年多。', 'liàng'],
	['这个数【量】不够。', 'liàng'],
	['这件事我得和他商【量】。', 'liang'],
	['他上下打【量】着这个陌生人。', 'liang'],
	['他们用尺子测【量】桌子。', 'liáng'],
	['这种药的用【量】要控制。', 'liàng'],
	// 率 lǜ "rate" / shuài "lead; frank"
	['他【率】领部队过了河。', 'shuài'],
	['今年的出生【率】有所下降。', 'lǜ'],
	['将军【率】军北上。', 'shuài'],
	['这台机器的效【率】很高。', 'lǜ'],
	['他说话很坦【率】。', 'shuài'],
	// 似 sì / shì (only in 似的)
	['这两件衣服很相【似】。', 'sì'],
	['他高兴得像个孩子【似】的。', 'shì'],
	['这个问题【似】乎很难。', 'sì'],
	['两个词的意思相【似】的地方很多。', 'sì', 'dictionary'],
	['我们遇到过类【似】的情况。', 'sì', 'dictionary'],
	['他的笑容【似】春风一样温暖。', 'sì'],
	// 什 shén (only in 什么) / shí
	['你在想【什】么？', 'shén'],
	['这道菜叫【什】锦炒饭。', 'shí'],
	['这位诗人名叫阿【什】莫夫。', 'shí'],
	['家里的【什】物都搬走了。', 'shí'],
	// 处 chǔ "handle, be in" / chù "place"
	['这个问题很难【处】理。', 'chǔ'],
	['他在办事【处】工作。', 'chù'],
	['他们相【处】得很好。', 'chǔ'],
	['我们到【处】找你。', 'chù'],
	// 应 yīng "should" / yìng "answer, respond"
	['你【应】该早点来。', 'yīng'],
	['他【应】邀出席了会议。', 'yìng'],
	['学生【应】按时完成作业。', 'yīng'],
	['这种材料被广泛【应】用。', 'yìng'],
	// 乐 lè / yuè
	['他是一位著名的【乐】评人。', 'yuè'],
	['我们都很快【乐】。', 'lè'],
	['她在【乐】队里拉小提琴。', 'yuè'],
	['他一向【乐】于助人。', 'lè'],
	// 教 jiāo "teach" / jiào
	['她在中学【教】数学。', 'jiāo'],
	['老师【教】我们唱歌。', 'jiāo'],
	['他在大学任【教】。', 'jiào'],
	['这个国家的人民有宗【教】信仰自由。', 'jiào'],
	// 传 chuán / zhuàn (biography, commentary)
	['他读过《水浒【传】》。', 'zhuàn'],
	['这个消息很快【传】开了。', 'chuán'],
	['他晚年写了一本自【传】。', 'zhuàn'],
	// 将 jiāng / jiàng "general"
	['他【将】在明年毕业。', 'jiāng'],
	['他是一位有名的大【将】。', 'jiàng'],
	['请【将】书放回原处。', 'jiāng'],
	['那位副【将】，后来也立了大功。', 'jiàng'],
	// 肖 xiào / Xiāo (surname)
	['这是一幅【肖】像画。', 'xiào'],
	['她的生【肖】是兔。', 'xiào'],
	['【肖】老师今天请假了。', 'xiāo'],
	// 降 jiàng / xiáng "surrender"
	['敌军最后投【降】了。', 'xiáng'],
	['明天气温会下【降】。', 'jiàng'],
	// 难 nán / nàn
	['这道题很【难】。', 'nán'],
	['他在一次空【难】中幸存。', 'nàn'],
	['这是一场大灾【难】。', 'nàn'],
	// 覃 Qín (surname) / tán (given name)
	['【覃】先生是我们的老师。', 'qín'],
	['唐文宗时，郑【覃】为宰相。', 'tán'],
	['会上，王泽【覃】、李明发了言。', 'tán'],
	// 侗 Dòng (the people) / tóng (in a given name)
	['她穿着【侗】族的盛装。', 'dòng'],
	['这里住着苗、【侗】、瑶等民族。', 'dòng'],
	['隋末，越王杨【侗】在洛阳即位。', 'tóng'],
	// 朴 Piáo (surname) / pǔ
	['【朴】先生来自首尔。', 'piáo'],
	['这位老人的衣着很【朴】素。', 'pǔ'],
	// 晕 yūn (faint) / yùn (halo)
	['他一听这话就【晕】了过去。', 'yūn'],
	['小偷被保安打【晕】在地。', 'yūn'],
	['月亮周围出现了一圈【晕】。', 'yùn'],
	// Verbs whose default is the noun: 夹 jiā, 钻 zuān, 盛 chéng, 铺 pū, 缝 féng, 奔 bèn
	['他把报纸【夹】在胳膊下面。', 'jiā'],
	['小猫从洞里【钻】出来了。', 'zuān'],
	['妈妈给我【盛】饭。', 'chéng'],
	['工人们正在【铺】路。', 'pū'],
	['奶奶把扣子【缝】上了。', 'féng'],
	['大军连夜【奔】省城而去。', 'bèn'],
	['学校在村子的东北【边】。', 'bian'],
	['她【攒】了三年才买下这架钢琴。', 'zǎn'],
	// 供 gōng (provide for) / gòng (offer), 切 qiē (cut) / qiè, 劲 jìng (strong) / jìn, 奔 bēn
	['图书馆的电脑【供】读者免费使用。', 'gōng'],
	['村民把水果【供】奉在神像前。', 'gòng'],
	['把西瓜【切】成小块。', 'qiē'],
	['秋天草枯风【劲】，鹰眼格外锐利。', 'jìng'],
	['两支【劲】旅在决赛中相遇。', 'jìng'],
	['山间清泉【奔】涌而下。', 'bēn'],
	// Particles at the end of a clause and their homographs: 吧, 啦, 哟
	['我们走【吧】！', 'ba'],
	['他常去学校旁边的书【吧】看书。', 'bā'],
	['春天终于来【啦】！', 'la'],
	['大家快来看【哟】！', 'yo'],
	// 挨 ái / āi, 撒 sǎ / sā, 揣 chuǎi / chuāi, 咧 liě, 蒙 mēng, 臭 xiù, 丧 sāng, 累 lěi
	['那孩子昨天【挨】了一顿打。', 'ái'],
	['农民把种子【撒】在地里。', 'sǎ'],
	['他把钱【揣】在怀里就走了。', 'chuāi'],
	['谋士善于【揣】上意。', 'chuǎi'],
	['他高兴得嘴【咧】到了耳朵根。', 'liě'],
	['这么多数字，我一下子就看【蒙】了。', 'mēng'],
	['这种气体无色无【臭】。', 'xiù'],
	['父亲去世后，由长子主【丧】。', 'sāng'],
	['他在朝中做官，【累】迁至侍郎。', 'lěi'],
	// 缪 Miào (surname) / miù (transliterations)
	['我们班新来的老师姓【缪】。', 'miào'],
	['塞【缪】尔是一个常见的英文名字。', 'miù'],
	// Cases the rules above must leave alone
	['别说了，走【吧】走吧！', 'ba'],
	['受惊的马一路狂【奔】而去。', 'bēn'],
	['我今天有点【晕】。', 'yūn'],
	['你【切】莫大意。', 'qiè'],
	['孩子们都喜欢看哆【啦】A梦。', 'lā']
];

/** The tone-marked syllable the engine gives the character in 【】. */
function readingAt(marked: string, annotator: Annotator): string {
	const chars = Array.from(marked);
	const at = chars.indexOf('【');
	if (at < 0 || chars[at + 2] !== '】') throw new Error(`mark one character in "${marked}"`);
	const sentence = chars.filter((c) => c !== '【' && c !== '】').join('');
	const syllables = annotator
		.annotate(sentence)
		.flatMap((t) => (t.kind === 'word' ? (t.pinyin ?? []) : Array.from(t.text).map(() => '')));
	return syllables[at] ?? '';
}

describe('polyphonic characters in context', () => {
	it('has at least 100 hand-written sentences', () => {
		expect(CASES.length).toBeGreaterThanOrEqual(100);
		expect(new Set(CASES.map(([s]) => s)).size).toBe(CASES.length);
	});
	const withDictionary = createAnnotator(readerData({ polyphones: false }));
	it.each(CASES)('with CC-CEDICT: %s → %s', (sentence, reading) => {
		expect(readingAt(sentence, withDictionary)).toBe(reading);
	});
	// The reader's engine also reads lone characters with the readings learned from the CPP
	// data (learned.ts): they must not undo a reading the rules or the dictionary get right.
	const asTheReaderReads = createAnnotator(readerData());
	it.each(CASES)('as the reader reads: %s → %s', (sentence, reading) => {
		expect(readingAt(sentence, asTheReaderReads)).toBe(reading);
	});
	describe('engine alone, as in the browser (without the words of @pinyin-pro/data)', () => {
		const alone = createAnnotator();
		it.each(CASES.filter(([, , only]) => only !== 'dictionary'))(
			'engine alone: %s → %s',
			(sentence, reading) => {
				expect(readingAt(sentence, alone)).toBe(reading);
			}
		);
	});
});
