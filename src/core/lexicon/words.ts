/**
 * Small word lists the spotter needs: titles that stand before names, words that make a
 * capitalised phrase an organisation or a place, and words no name is made of. All folded.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Heads of a title phrase: "Defense Minister", "Kremlin spokesman", "Gen.". */
export const TITLE_WORDS = set(`
  president vice prime minister chancellor secretary senator sen representative rep congressman
  congresswoman governor gov mayor general gen lt col colonel major maj admiral adm sgt sergeant captain
  capt commander cmdr chief director ambassador judge justice speaker leader chairman chairwoman chair
  spokesman spokeswoman spokesperson pope king queen prince princess sheikh emir ayatollah rabbi father
  rev reverend archbishop bishop patriarch metropolitan imam mr mrs ms miss dr prof professor sir dame
  lord lady propagandist presenter host anchor blogger lawmaker deputy official commander ceo founder
  chairperson premier minister-president officer soldier prosecutor attorney lawyer ombudsman envoy
  negotiator adviser advisor aide head boss owner tycoon oligarch billionaire businessman businesswoman
  activist dissident journalist reporter correspondent editor columnist commentator analyst economist
  historian writer author novelist poet singer rapper actor actress comedian coach striker player
  candidate nominee councillor councilor mp mep legislator strongman warlord militant spokesperson
  kingpin magnate pastor cardinal mufti marshal brigadier lieutenant corporal private general-major
  colonel-general lieutenant-general field-marshal commissioner inspector detective superintendent
  sheriff trooper agent spy hacker whistleblower executive scientist researcher doctor nurse teacher
  student farmer worker manager chef baker owner resident
`);

/** Words that may stand between a title head and the name: "retired army officer". */
export const TITLE_MODIFIERS = set(`
  former retired acting deputy vice first senior chief top foreign defence defense interior finance
  prime military army navy state federal regional local opposition exiled jailed late veteran self-styled
  so-called pro-kremlin pro-russian russian ukrainian american british french german chinese
  israeli iranian turkish polish kremlin white house press security intelligence national general
  special presidential parliamentary party union group media tv television radio news
`);

/** Words that make a capitalised phrase an organisation, a place or a thing, not a person. */
export const NOT_PERSON_WORDS = set(`
  group party ministry council committee agency university college institute bank company
  corporation corp inc ltd llc plc foundation news times post journal media network tv radio press
  gazette herald tribune magazine club union association organization organisation federation league
  movement front forces army navy force guard brigade regiment division battalion command service
  services office department court parliament duma assembly senate house congress commission
  government administration region oblast province state city county district street avenue square
  bridge river mountains mountain lake sea ocean island islands airport station hospital school
  church cathedral museum stadium prize award act law treaty summit war operation airlines motors
  energy oil gas holdings capital fund partners labs technologies systems republic kingdom empire
  federation emirates coalition alliance bloc reserve exchange market index centre center hall
  palace tower square kremlin pentagon whitehall international dept inquiry watch project institute
  initiative campaign network programme program democrat democrats republican republicans trust
  monitor bowl cup championship olympics tournament derby
`);

/** Capitalised words that start sentences but never start names. */
export const FUNCTION_WORDS = set(`
  the a an and but or nor so yet for if when while where what who whom whose why how it he she they we
  i you his her their our my your its there here this that these those some many most all both each
  every one two three also still then now meanwhile however although though since because with
  without from by of to into onto under over among between during despite after before as at in on
  about just even more less no not yes only once again later earlier today yesterday tomorrow
  according like unlike until unless whether which than such is are was were has have had be been
  would could should might must does did
`);

/** Months and weekdays: capitalised, and some are surnames ("May"), but alone they are dates. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday
`);

/** Surnames that are also everyday English words: alone, they never name a person. */
export const COMMON_WORD_SURNAMES = set(`
  may rice price bush king young long little hill wood green brown black white gray grey rose page
  cook baker hunt field lamb fox wolf bird swan castle ford banks bell church cross lord mark glass
  gold stone frost winter summer day knight bishop pope jobs love hope faith grace power rich major
  sharp short strong wise hardy moody noble north south west east wells waters lane rivers brooks
  wise cash chase cole miles mills moss parks street ward
`);

/** Particles inside names: "Ursula von der Leyen", "Luiz Inácio Lula da Silva", "Bashar al-Assad". */
export const NAME_PARTICLES = set(
  `al el bin ibn bint de da do dos das del della di du van von der den la le ter ben abu`,
);

/** Nouns after which a capitalised word names a thing: "the publication Forbes", "the town Lyman". */
export const THING_NOUNS = set(`
  publication newspaper paper outlet magazine channel website site blog podcast show programme program
  series film movie book novel album song band brand company firm group agency party network daily
  weekly station broadcaster platform app ship vessel operation town city village region river oblast
  province district street hotel restaurant team club airline
`);
