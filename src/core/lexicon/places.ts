/**
 * Places that stand capitalised in news text and must never be read as people. Countries,
 * demonyms and the cities and regions news about the world names most; the dataset adds every
 * jurisdiction its roles name. Folded.
 */

export const PLACE_WORDS: ReadonlySet<string> = new Set(
  `
  afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas
  bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil
  brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo
  croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt eritrea estonia eswatini
  ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana
  haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
  kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
  liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
  mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal
  netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru
  philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
  slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
  thailand togo tonga trinidad tunisia turkey turkiye turkmenistan tuvalu uganda ukraine uruguay
  uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe britain england scotland wales
  europe asia africa america americas arctic antarctica crimea donbas donbass gaza kherson kharkiv
  kyiv kiev moscow petersburg belgorod bryansk kursk donetsk luhansk lugansk zaporizhzhia mariupol
  bakhmut lyman odesa odessa lviv dnipro mykolaiv sevastopol minsk warsaw berlin paris london rome
  madrid brussels washington beijing tokyo delhi tehran jerusalem ankara istanbul cairo damascus
  baghdad riyadh doha dubai hong kong york
  russian ukrainian american british french german chinese israeli iranian turkish polish european
  western eastern soviet nato un eu
`
    .trim()
    .split(/\s+/),
);
