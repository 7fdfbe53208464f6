import type { TextLang } from './language.ts';

// Function words, and the discourse of feedback («честно говоря», «просим обратить внимание»), carry no theme. Negators and intensifiers are not here: the pipeline handles them.
const RU = `и в во на с со к ко по о об обо от до из у за над под при про для без через а но или либо да же ли
бы то это этот эта эти это тот та те такой такая такие так там тут здесь где когда как какой какая какие что чтобы
кто чем чего кого кому ним ней нем них им их его ее ей ему мне меня мы нас нам вы вас вам ты тебя тебе я он она оно
они мой моя мое мои наш наша наше наши ваш ваша ваше ваши свой своя свое свои себя себе сам сама сами весь вся все всех
всем всего уже еще ещё только даже вот ведь вон мол если раз тоже также потом теперь тогда был была было были быть
будет будут есть является могу может можно нужно надо один одна одно два три который которая которое которые
которых ну ой ах эх ага либо иль ж б сейчас мож либо всё чем чтоб после перед между около ради вместо кроме
год года лет день дня дней раз
честно говоря хочу хотим хотелось хотела хотел отметить отмечу целом кроме того также еще надеемся надеюсь просим
прошу обратить внимание пожалуйста коллегам команде дальше будем исправят этим этом этой этого этих тем том той
того почти вообще`;

const EN = `a an the and or but if then else of to in on at by for with from into onto about as is are was were be been
being am do does did doing have has had having i me my mine we us our ours you your yours he him his she her hers it its
they them their theirs this that these those there here what which who whom whose when where why how all any both each
few more most other some such own same than too can will just should would could may might must shall also so up down
out off over under again further once only very s t d ll m re ve get got just via rt amp please guys hey hi
hello also still even well today`;

const SETS: Record<TextLang, Set<string>> = {
  ru: new Set(RU.split(/\s+/).filter(Boolean)),
  en: new Set(EN.split(/\s+/).filter(Boolean)),
};

/** True for a function word of the language (or of the other one, as texts mix them). */
export function isStopWord(word: string, lang: TextLang): boolean {
  return SETS[lang].has(word) || SETS[lang === 'ru' ? 'en' : 'ru'].has(word);
}
