/**
 * Every real sample in tests/fixtures/tiktok parsed into a reviewed record, asserted field by field.
 * Expected values were read off the raw JSON by hand (see comments for the non-obvious ones).
 */
import { describe, expect, it } from 'vitest';
import type { Stat, VideoFlags, VideoRecord } from '@/lib/schemas/video';
import { extractApi } from '@/lib/tiktok/api';
import { readEmbeddedJson } from '@/lib/tiktok/embedded';
import { VideoCache } from '@/lib/tiktok/video-cache';
import { F, T, fixtureJson, fixtureText } from './fixtures';

const stat = (value: number, exact: boolean, source: Stat['source'] = 'statsV2'): Stat => ({
  value,
  exact,
  source,
  capturedAt: T,
});

const flags = (over: Partial<VideoFlags>): VideoFlags => ({
  isAd: null,
  brandedContent: null,
  private: null,
  photo: false,
  story: null,
  duetEnabled: null,
  stitchEnabled: null,
  commentsEnabled: null,
  aiGenerated: null,
  ageRestricted: null,
  isDuetOrStitch: null,
  ...over,
});

const noExtras = { transcript: null, comments: [], commentsTotal: null, mentions: [], capturedAt: T };

describe('sample 01: rehydration blob of a video page (2026-06)', () => {
  const raw = fixtureJson(F.videoPage);
  const vtt = raw.__DEFAULT_SCOPE__['webapp.video-detail'].itemInfo.itemStruct.video.subtitleInfos[0].Url;
  const result = readEmbeddedJson(fixtureText(F.videoPage), {
    url: 'https://www.tiktok.com/@w..corporation/video/7606836476323597588',
    capturedAt: T,
  });

  it('reads the page video into the expected record', () => {
    const expected: VideoRecord = {
      ...noExtras,
      id: '7606836476323597588',
      url: 'https://www.tiktok.com/@w..corporation/video/7606836476323597588',
      author: {
        id: '7606029425645913108',
        handle: 'w..corporation',
        nickname: 'W. Corporation®',
        verified: false,
        followers: stat(7602, true),
        secUid: 'MS4wLjABAAAAXJXNg3ziJodTVtVxT5x3JF5pkNbSheX7dwVSpOrMYceXgL1Gfrt7b3nUlf7oeVJ0',
      },
      caption: 'J.AR.V.I.S - Parte 04 - #inteligenciaartificial #ia #google #gemini #fy',
      hashtags: ['inteligenciaartificial', 'ia', 'google', 'gemini', 'fy'],
      postedAt: 1771104645000, // createTime "1771104645" (a string in SSR)
      postedAtSource: 'createTime',
      durationSec: 60,
      sound: { id: '7235662417353738242', title: 'champagne', author: 'G Sounds', original: false },
      stats: {
        // statsV2 repeats the display-rounded 317.1K / 32.7K here, so they are not presented as exact.
        views: stat(317100, false),
        likes: stat(32700, false),
        comments: stat(449, true),
        shares: stat(1425, true),
        saves: stat(4768, true),
      },
      flags: flags({
        isAd: false,
        private: false,
        duetEnabled: true,
        stitchEnabled: true,
        commentsEnabled: true,
        aiGenerated: false, // IsAigc: false
      }),
      // subtitleInfos and claInfo.captionInfos name the same URL: one track.
      captionTracks: [{ language: 'por-PT', source: 'ASR', url: vtt, format: 'webvtt', expiresAt: 1783019935000 }],
      sources: ['rehydration'],
    };
    expect(result.videos).toEqual([expected]);
  });

  it('says which page the blob describes and that it is still current', () => {
    expect(result.format).toBe('universal');
    expect(result.pageVideoId).toBe('7606836476323597588');
    expect(result.pageUrl).toBe('https://www.tiktok.com/@w..corporation/video/7606836476323597588');
    expect(result.stale).toBe(false);
    expect(result.problem).toBeNull();
  });
});

describe('sample 02: rehydration blob of a profile page (2026-07)', () => {
  const result = readEmbeddedJson(fixtureText(F.profilePage), {
    url: 'https://www.tiktok.com/@khanhiattm2',
    capturedAt: T,
  });

  it('gives no video (posts come by XHR) but the profile with its exact follower count', () => {
    expect(result.videos).toEqual([]);
    expect(result.authors).toEqual([
      {
        id: '7627764789460222989',
        handle: 'khanhiattm2',
        nickname: 'Marie Music',
        verified: false,
        followers: stat(40398, true), // stats says 40400, statsV2 "40398"
        secUid: 'MS4wLjABAAAALHewbqGQU_ms5zNprZ1sdEKADLAyeK4ZaIX063PS4RL0JwU322FZg4rE-3NN4OUE',
      },
    ]);
    expect(result.pageUrl).toBe('https://www.tiktok.com/@khanhiattm2');
    expect(result.stale).toBe(false);
    expect(result.problem).toBeNull();
  });
});

const zg520 = (followers: Stat) => ({
  id: '6799838955094836230',
  handle: 'zg.520',
  nickname: '小邹旅行🇨🇳',
  verified: false,
  followers,
  secUid: 'MS4wLjABAAAAkagks5n_8XDIMWf94LZDUYs54FG5bJmEFJkWtjA__uRUN8QWaavHhzSyEO6WBPQj',
});

describe('sample 03: /api/post/item_list through a relay wrapper (2025-10)', () => {
  const raw = fixtureJson(F.postList);
  const subs = raw.data.itemList[0].video.subtitleInfos;
  const result = extractApi('https://www.tiktok.com/api/post/item_list/?secUid=x&count=30', raw, T);

  it('reads the one post with both caption tracks', () => {
    const expected: VideoRecord = {
      ...noExtras,
      id: '7513039993741397256',
      url: 'https://www.tiktok.com/@zg.520/video/7513039993741397256',
      author: zg520(stat(427700, false)), // authorStatsV2 "427700" has the rounded 427.7K shape
      caption: '高铁穿过莆田市湄洲湾跨海特大桥#china #中国高铁🚅',
      hashtags: ['china', '中国高铁🚅'],
      postedAt: 1749265942000, // createTime is an int in API JSON
      postedAtSource: 'createTime',
      durationSec: 18,
      sound: { id: '7287891047231933185', title: '原声 - Youmile', author: 'HJS-Mechanical Equipment', original: true },
      stats: {
        views: stat(1900000, false),
        likes: stat(68300, false),
        comments: stat(1502, true),
        shares: stat(2528, true),
        saves: stat(5012, true),
      },
      flags: flags({ isAd: false, private: false, duetEnabled: true, stitchEnabled: true, commentsEnabled: true }),
      captionTracks: [
        { language: 'eng-US', source: 'MT', url: subs[0].Url, format: 'webvtt', expiresAt: 1761112959000 },
        { language: 'cmn-Hant-CN', source: 'ASR', url: subs[1].Url, format: 'webvtt', expiresAt: 1761112959000 },
      ],
      sources: ['api-list'],
    };
    expect(result.kind).toBe('item-list');
    expect(result.videos).toEqual([expected]);
    expect(result.skipped).toEqual([]);
  });
});

describe('sample 03b: popular posts list (2025-10)', () => {
  const result = extractApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.popularList), T);

  it('keeps the exact saves from statsV2 while the rounded counts stay approximate', () => {
    const expected: VideoRecord = {
      ...noExtras,
      id: '7498337886933191943',
      url: 'https://www.tiktok.com/@zg.520/video/7498337886933191943',
      author: zg520(stat(427700, false)),
      caption: '新中国第一条运河太震撼了#china #大国基建',
      hashtags: ['china', '大国基建'],
      postedAt: 1745842841000,
      postedAtSource: 'createTime',
      durationSec: 30,
      sound: { id: '7492313461236632326', title: '原创音乐', author: '爱旅行的宝哥', original: true },
      stats: {
        views: stat(14200000, false),
        likes: stat(866000, false),
        comments: stat(18900, false),
        shares: stat(34700, false),
        saves: stat(59149, true), // stats.collectCount 59100 vs statsV2 "59149"
      },
      flags: flags({ isAd: false, private: false, duetEnabled: true, stitchEnabled: true, commentsEnabled: true }),
      captionTracks: [], // claInfo without captionInfos, no subtitleInfos
      sources: ['api-list'],
    };
    expect(result.videos).toEqual([expected]);
  });
});

describe('sample 03c: /api/user/detail (2025-10)', () => {
  it('gives the author with the exact follower count', () => {
    const result = extractApi('https://www.tiktok.com/api/user/detail/?uniqueId=zg.520', fixtureJson(F.userDetail), T);
    expect(result.kind).toBe('user-detail');
    expect(result.videos).toEqual([]);
    expect(result.authors).toEqual([zg520(stat(427682, true))]);
  });

  it('upgrades the rounded follower count of that author’s posts in the cache', () => {
    const cache = new VideoCache({ now: () => T });
    cache.ingestApi('https://www.tiktok.com/api/post/item_list/', fixtureJson(F.postList));
    cache.ingestApi('https://www.tiktok.com/api/user/detail/', fixtureJson(F.userDetail));
    expect(cache.get('7513039993741397256')?.author.followers).toEqual(stat(427682, true));
  });
});

describe('sample 04: /api/comment/list (2026-02)', () => {
  const result = extractApi(
    'https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445&cursor=0&count=20',
    fixtureJson(F.comments),
    T,
  );

  it('reads the five comments keyed by their video, image-only ones with empty text', () => {
    expect(result.kind).toBe('comment-list');
    expect(result.comments).toEqual([
      {
        videoId: '7603296357641735445',
        total: 227,
        comments: [
          { id: '7603301260598838032', text: '', likes: 2, createdAt: 1770281693000, language: null, isReply: false },
          {
            id: '7603308235172496150',
            text: 'Hi oyyyyyyyyy ❤️🥀😁',
            likes: 0,
            createdAt: 1770283175000,
            language: 'en',
            isReply: false,
          },
          { id: '7603305813985673991', text: '', likes: 0, createdAt: 1770282594000, language: null, isReply: false },
          {
            id: '7603301769607381767',
            text: 'Geo masat 🙄🔥',
            likes: 0,
            createdAt: 1770281656000,
            language: 'ur',
            isReply: false,
          },
          {
            id: '7603328008933442324',
            text: 'Nice ❤🥰',
            likes: 1,
            createdAt: 1770287763000,
            language: 'en',
            isReply: false,
          },
        ],
      },
    ]);
  });
});

describe('sample 05: /api/recommend/item_list (2024-12)', () => {
  const raw = fixtureJson(F.recommend);
  const result = extractApi('https://www.tiktok.com/api/recommend/item_list/?count=8', raw, T);

  it('reads exact statsV2 counts and skips the caption track whose URL was elided', () => {
    const expected: VideoRecord = {
      ...noExtras,
      id: '7444705554666130708',
      url: 'https://www.tiktok.com/@usergerageda/video/7444705554666130708',
      author: {
        id: '7420667015738885137',
        handle: 'usergerageda',
        nickname: '매께라',
        verified: false,
        followers: stat(11900, false, 'stats'), // only the rounded authorStats
        secUid: 'MS4wLjABAAAAaoy97t-lOIi7i9bERZ3dmOfP8JrSJ9xgsjAiXDB61yf5wI9Peg3MYgYJDrU5BYFv',
      },
      caption: '귀여워 #4살딸 #귀여워',
      hashtags: ['4살딸', '귀여워'],
      postedAt: 1733355614000,
      postedAtSource: 'createTime',
      durationSec: 61,
      sound: { id: '7444705829305043713', title: '오리지널 사운드 - 매께라', author: '매께라', original: true },
      stats: {
        views: stat(1585253, true), // stats.playCount 1600000
        likes: stat(38884, true), // stats.diggCount 38900
        comments: stat(504, true),
        shares: stat(2124, true),
        saves: stat(3207, true),
      },
      flags: flags({
        isAd: false,
        private: false,
        duetEnabled: true,
        stitchEnabled: true,
        commentsEnabled: true,
        aiGenerated: false, // aigcLabelType 0
        isDuetOrStitch: false, // duetInfo.duetFromId "0"
      }),
      captionTracks: [
        {
          language: 'kor-KR',
          source: 'ASR',
          url: raw.itemList[0].video.subtitleInfos[0].Url,
          format: 'webvtt',
          expiresAt: 1734499520000,
        },
      ],
      sources: ['api-list'],
    };
    expect(result.videos).toEqual([expected]);
  });
});

describe('sample 06: SIGI_STATE of a profile page (2023-09)', () => {
  const result = readEmbeddedJson(fixtureText(F.sigiProfile), {
    url: 'https://www.tiktok.com/@thenikosknifee',
    capturedAt: T,
  });
  const nikos = {
    id: '6873220517223924742',
    handle: 'thenikosknifee',
    nickname: 'The Nikos Knife',
    verified: false, // from UserModule.users: SIGI items carry only the flattened name and ids
    followers: stat(839000, false, 'stats'), // UserModule.stats, rounded
    secUid: 'MS4wLjABAAAA_Hy8fsQKo2dmNxbO23jwz3-rEN0x65GIf3XiSQKjO-1RVR6mduJL7IDFIZn96iEM',
  };
  const sigiFlags = flags({ private: false, duetEnabled: true, stitchEnabled: true, commentsEnabled: true });

  it('reads both ItemModule items with the flattened author filled from UserModule', () => {
    expect(result.format).toBe('sigi');
    expect(result.videos).toEqual([
      {
        ...noExtras,
        id: '7278751584643714347',
        url: 'https://www.tiktok.com/@thenikosknifee/video/7278751584643714347',
        author: nikos,
        caption: 'The Perfect Homemade Kebab! 😍🥩 #kebab #cooking #recipe #outdoorcooking #fyp #asmr',
        // textExtra, not `challenges` (which lists unrelated tags such as "nature" and "fishing")
        hashtags: ['kebab', 'cooking', 'recipe', 'outdoorcooking', 'fyp', 'asmr'],
        postedAt: 1694716425000,
        postedAtSource: 'createTime',
        durationSec: 89,
        sound: { id: '7278751620307929899', title: 'original sound', author: 'The Nikos Knife', original: false },
        stats: {
          views: stat(25900, false, 'stats'),
          likes: stat(2323, true, 'stats'),
          comments: stat(47, true, 'stats'),
          shares: stat(24, true, 'stats'),
          saves: stat(130, true, 'stats'), // collectCount "130" is a string in SIGI
        },
        flags: sigiFlags,
        captionTracks: [],
        sources: ['sigi'],
      },
      {
        ...noExtras,
        id: '7278351732164300075',
        url: 'https://www.tiktok.com/@thenikosknifee/video/7278351732164300075',
        author: nikos,
        caption: 'Fish in the Forest, anyone? 🎣 #fish #fishing #cooking #recipe #outdoorcooking #asmr #fyp',
        hashtags: ['fish', 'fishing', 'cooking', 'recipe', 'outdoorcooking', 'asmr', 'fyp'],
        postedAt: 1694623339000,
        postedAtSource: 'createTime',
        durationSec: 70,
        sound: { id: '7278351796867746606', title: 'original sound', author: 'The Nikos Knife', original: false },
        stats: {
          views: stat(102400, false, 'stats'),
          likes: stat(14500, false, 'stats'),
          comments: stat(65, true, 'stats'),
          shares: stat(72, true, 'stats'),
          saves: stat(825, true, 'stats'),
        },
        flags: sigiFlags,
        captionTracks: [],
        sources: ['sigi'],
      },
    ]);
    expect(result.authors).toEqual([nikos]);
    expect(result.pageUrl).toBe('https://www.tiktok.com/@thenikosknifee');
    expect(result.problem).toBeNull();
  });
});

describe('sample 07: /api/search/general/full (2026-02) with the comments of sample 04', () => {
  const searchUrl = 'https://www.tiktok.com/api/search/general/full/?keyword=TikTok&offset=0';
  const expected: VideoRecord = {
    ...noExtras,
    id: '7603296357641735445',
    url: 'https://www.tiktok.com/@dua_zahra014/video/7603296357641735445',
    author: {
      id: '7105281502317872154',
      handle: 'dua_zahra014',
      nickname: '🧚‍♀️دعا🧚‍♀️',
      verified: false,
      followers: stat(398400, false),
      secUid: 'MS4wLjABAAAAKwXTA14piP2n1-4A9Vrcn-CzfJWtXJbC8_BoQhBCy_G86a0s176gtuep9cxBql0m',
    },
    caption: 'Dhoky 🤭🤌🏻❤️#foryou#سارائیکی#viralvideo#tiktok#growmyaccount',
    hashtags: ['foryou', 'سارائیکی', 'viralvideo', 'tiktok', 'growmyaccount'],
    postedAt: 1770280392000,
    postedAtSource: 'createTime',
    durationSec: 15,
    sound: { id: '7428683676776532767', title: 'original sound', author: 'hoomy', original: true },
    stats: {
      views: stat(12100, false),
      likes: stat(2887, true),
      comments: stat(179, true),
      shares: stat(38, true),
      saves: stat(100, true),
    },
    // Search items carry no duetEnabled/stitchEnabled/IsAigc keys: unknown, not false.
    flags: flags({ isAd: false, private: false, commentsEnabled: true }),
    captionTracks: [], // claInfo.noCaptionReason 3
    sources: ['api-search'],
  };

  it('reads the video result and ignores the user card', () => {
    const result = extractApi(searchUrl, fixtureJson(F.search), T);
    expect(result.kind).toBe('search');
    expect(result.videos).toEqual([expected]);
  });

  it('attaches the comment page to the same video in the cache', () => {
    const cache = new VideoCache({ now: () => T });
    cache.ingestApi('https://www.tiktok.com/api/comment/list/?aweme_id=7603296357641735445', fixtureJson(F.comments));
    cache.ingestApi(searchUrl, fixtureJson(F.search));
    const record = cache.get('7603296357641735445');
    expect(record).toEqual({
      ...expected,
      comments: extractApi('https://www.tiktok.com/api/comment/list/', fixtureJson(F.comments), T).comments[0]!
        .comments,
      commentsTotal: 227,
    });
    expect(record?.comments.map((c) => c.id)).toEqual([
      '7603301260598838032',
      '7603308235172496150',
      '7603305813985673991',
      '7603301769607381767',
      '7603328008933442324',
    ]);
  });
});
