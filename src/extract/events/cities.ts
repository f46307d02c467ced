import { baseKey } from "./keys.ts";

/**
 * A small gazetteer of world facts (written for this project): which country or state a capital or major
 * city lies in. One line per outer place, its other names in brackets, then the places inside it. A name
 * may sit inside several lines ("Detroit" in Michigan, Michigan in the United States); names too ambiguous to
 * place are left out. Only for merging reports that name one incident at two levels ("Athens" / "Greece").
 */
const TABLE = `
United States (US, U.S., USA, U.S.A., America): Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, New York State, North Carolina, North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, Texas, Utah, Vermont, Virginia, Washington State, West Virginia, Wisconsin, Wyoming, Washington D.C., New York, Atlanta
Alabama (Ala.): Montgomery, Mobile, Huntsville
Arizona (Ariz.): Phoenix, Tucson, Mesa, Scottsdale
California (Calif., Cal.): Los Angeles, San Francisco, San Diego, San Jose, Sacramento, Oakland, Fresno, Long Beach, Bakersfield, Anaheim, Santa Ana, Riverside, Stockton, Santa Rosa
Colorado (Colo.): Denver, Aurora, Boulder, Colorado Springs
Connecticut (Conn.): Hartford, New Haven, Bridgeport, Stamford
Florida (Fla.): Miami, Orlando, Tampa, Jacksonville, Tallahassee, Fort Lauderdale
Illinois (Ill.): Chicago, Springfield, Rockford
Indiana (Ind.): Indianapolis, Fort Wayne
Louisiana (La.): New Orleans, Baton Rouge, Shreveport
Maryland (Md.): Baltimore, Annapolis
Massachusetts (Mass.): Boston, Worcester
Michigan (Mich.): Detroit, Lansing, Grand Rapids, Flint, Ann Arbor
Minnesota (Minn.): Minneapolis, St. Paul, Duluth
Missouri (Mo.): St. Louis
Nevada (Nev.): Las Vegas, Reno
New Jersey (N.J.): Newark, Trenton, Camden
New York State (N.Y.): New York, Buffalo, Albany, Rochester, Syracuse
New York (New York City, NYC): Brooklyn, Queens, Manhattan, Bronx, Staten Island
Ohio: Columbus, Cleveland, Cincinnati, Toledo, Akron, Dayton
Oregon (Ore.): Portland, Eugene
Pennsylvania (Pa.): Philadelphia, Pittsburgh, Harrisburg
Tennessee (Tenn.): Nashville, Memphis, Knoxville
Texas (Tex.): Houston, Dallas, Austin, San Antonio, Fort Worth, El Paso
Utah: Salt Lake City, Provo
Washington State (Wash.): Seattle, Spokane, Tacoma, Olympia
Wisconsin (Wis.): Milwaukee, Madison
Alaska: Anchorage, Juneau, Fairbanks
Canada: Ottawa, Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Quebec City, Halifax, Ontario, Quebec, British Columbia, Alberta, Manitoba, Nova Scotia
Ontario (Ont.): Toronto, Ottawa
British Columbia (B.C.): Vancouver, Surrey
Alberta: Calgary, Edmonton
Mexico: Mexico City, Guadalajara, Monterrey, Tijuana, Ciudad Juarez, Acapulco, Cancun
United Kingdom (UK, U.K., Britain, Great Britain): England, Scotland, Wales, Northern Ireland, London, Manchester, Birmingham, Liverpool, Leeds, Glasgow, Edinburgh, Cardiff, Belfast, Bristol, Sheffield, Newcastle
England: London, Manchester, Birmingham, Liverpool, Leeds, Bristol, Sheffield, Newcastle, Devon, Cumbria
Scotland: Glasgow, Edinburgh, Aberdeen, Dundee
Ireland: Dublin, Cork, Galway, Limerick
France: Paris, Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Bordeaux, Lille
Germany: Berlin, Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dusseldorf, Dresden, Leipzig
Italy: Rome, Milan, Naples, Turin, Palermo, Genoa, Florence, Venice, Bologna
Spain: Madrid, Barcelona, Valencia, Seville, Bilbao, Malaga
Portugal: Lisbon, Porto
Netherlands (Holland): Amsterdam, Rotterdam, The Hague, Utrecht
Belgium: Brussels, Antwerp, Ghent, Liege
Switzerland: Bern, Zurich, Geneva, Basel, Lausanne
Austria: Vienna, Salzburg, Graz
Greece: Athens, Thessaloniki, Piraeus, Patras, Heraklion, Crete
Turkey: Ankara, Istanbul, Izmir, Antalya, Diyarbakir
Cyprus: Nicosia, Limassol
Sweden: Stockholm, Gothenburg, Malmo
Norway: Oslo, Bergen
Denmark: Copenhagen, Aarhus
Finland: Helsinki
Poland: Warsaw, Krakow, Gdansk, Wroclaw
Czech Republic (Czechia): Prague, Brno
Hungary: Budapest
Romania: Bucharest
Bulgaria: Sofia
Serbia: Belgrade
Croatia: Zagreb
Bosnia: Sarajevo
Ukraine: Kyiv, Kharkiv, Odesa, Lviv, Dnipro, Donetsk, Luhansk, Mariupol, Zaporizhzhia, Mykolaiv, Kherson, Sumy
Russia: Moscow, St. Petersburg, Novosibirsk, Kazan, Grozny, Chechnya, Dagestan, Beslan
Belarus: Minsk
Georgia: Tbilisi
Armenia: Yerevan
Azerbaijan: Baku
Israel: Jerusalem, Tel Aviv, Haifa, Sderot, Ashkelon, Beersheba
Gaza: Gaza City, Jabaliya, Khan Younis, Rafah, Beit Lahiya
Palestinian Territories: Gaza, West Bank, Ramallah, Hebron, Nablus, Jenin
Lebanon: Beirut, Sidon, Tyre
Syria: Damascus, Aleppo, Homs, Hama, Idlib, Raqqa, Deir ez-Zor
Jordan: Amman
Iraq: Baghdad, Basra, Mosul, Kirkuk, Fallujah, Ramadi, Tikrit, Najaf, Karbala, Erbil
Iran: Tehran, Mashhad, Isfahan, Tabriz, Shiraz, Bandar Abbas, Kerman, Bam, Hormozgan, Ahvaz
Saudi Arabia: Riyadh, Jeddah, Mecca, Medina
Yemen: Sanaa, Aden, Taiz, Hodeidah
Oman: Muscat
United Arab Emirates (UAE): Abu Dhabi, Dubai, Sharjah
Qatar: Doha
Kuwait: Kuwait City
Bahrain: Manama
Egypt: Cairo, Alexandria, Giza, Port Said, Suez, Sinai
Libya: Tripoli, Benghazi, Misrata
Tunisia: Tunis
Algeria: Algiers
Morocco: Rabat, Casablanca, Marrakesh
Sudan: Khartoum, Omdurman, Darfur, South Kordofan, Blue Nile
South Sudan: Juba, Unity State, Upper Nile, Bentiu, Malakal
Ethiopia: Addis Ababa
Somalia: Mogadishu, Kismayo, Puntland
Kenya: Nairobi, Mombasa, Garissa
Uganda: Kampala
Tanzania: Dar es Salaam, Dodoma
Rwanda: Kigali
Congo: Kinshasa, Goma
Nigeria: Abuja, Lagos, Kano, Maiduguri, Kaduna
Ghana: Accra
Mali: Bamako, Timbuktu, Gao
South Africa: Pretoria, Johannesburg, Cape Town, Durban
Zimbabwe: Harare
Afghanistan: Kabul, Kandahar, Herat, Jalalabad, Mazar-i-Sharif, Helmand, Kunduz
Pakistan: Islamabad, Karachi, Lahore, Peshawar, Quetta, Rawalpindi, Multan
India: New Delhi, Delhi, Mumbai, Kolkata, Chennai, Bangalore, Hyderabad, Ahmedabad, Pune, Jaipur, Srinagar, Kashmir
Bangladesh: Dhaka, Chittagong
Sri Lanka: Colombo
Nepal: Kathmandu
China: Beijing, Shanghai, Guangzhou, Shenzhen, Chengdu, Wuhan, Chongqing, Tianjin, Urumqi, Xinjiang, Tibet, Lhasa, Sichuan, Yunnan
Hong Kong: Kowloon
Taiwan: Taipei
Japan: Tokyo, Osaka, Kyoto, Yokohama, Kobe, Sendai, Fukushima, Hiroshima, Nagoya, Sapporo
South Korea: Seoul, Busan, Incheon
North Korea: Pyongyang
Philippines: Manila, Quezon City, Cebu, Davao, Mindanao
Indonesia: Jakarta, Surabaya, Bandung, Medan, Bali, Aceh, Sumatra, Java, Papua, Sulawesi, Padang, Banda Aceh, East Nusa Tenggara
Malaysia: Kuala Lumpur
Singapore: Singapore
Thailand: Bangkok, Phuket, Chiang Mai
Myanmar: Yangon, Naypyidaw, Mandalay
Vietnam: Hanoi, Ho Chi Minh City, Saigon
Cambodia: Phnom Penh
Australia: Canberra, Sydney, Melbourne, Brisbane, Perth, Adelaide, Darwin, Hobart
New Zealand (N.Z.): Wellington, Auckland, Christchurch, Dunedin, Queenstown
Brazil: Brasilia, Sao Paulo, Rio de Janeiro, Salvador, Recife, Belo Horizonte
Argentina: Buenos Aires, Cordoba, Rosario
Chile: Santiago, Valparaiso
Colombia: Bogota, Medellin, Cali
Venezuela: Caracas, Maracaibo
Peru: Lima, Cusco
Haiti: Port-au-Prince
Cuba: Havana
`;

/** Place key → keys of the places the table puts it in. */
const OUTER = new Map<string, Set<string>>();
/** Other names of a place → the key of its main name. */
const ALIAS = new Map<string, string>();

const key = (name: string) => baseKey(name);
for (const line of TABLE.trim().split("\n")) {
  const m = /^([^(:]+?)\s*(?:\(([^)]*)\))?:\s*(.*)$/.exec(line);
  if (!m) continue;
  const outer = key(m[1]);
  for (const alias of m[2]?.split(",") ?? []) ALIAS.set(key(alias.trim()), outer);
  for (const inner of m[3].split(",")) {
    const k = key(inner.trim());
    if (k && k !== outer) OUTER.set(k, (OUTER.get(k) ?? new Set()).add(outer));
  }
}

/** The gazetteer's key for a place's key: its main name's for another name ("u.s." → "united states"). */
export const gazetteerKey = (k: string): string => ALIAS.get(k) ?? k;

/** Every node reachable from `start` along `edges` (inner place -> outer places), `start` itself left out. */
export function reach(edges: Map<string, Set<string>>, start: string): Set<string> {
  const out = new Set<string>();
  const todo = [start];
  for (let k = todo.pop(); k !== undefined; k = todo.pop())
    for (const o of edges.get(k) ?? [])
      if (!out.has(o) && o !== start) {
        out.add(o);
        todo.push(o);
      }
  return out;
}

/** Whether the gazetteer puts place `inner` inside place `outer`, at any depth ("Detroit" in "U.S."). */
export function liesWithin(inner: string, outer: string): boolean {
  return reach(OUTER, gazetteerKey(inner)).has(gazetteerKey(outer));
}

const KNOWN = new Set([...OUTER.keys(), ...[...OUTER.values()].flatMap((s) => [...s]), ...ALIAS.keys()]);

/** The gazetteer names this place ("Queens", "Mich."). */
export const gazetteerPlace = (name: string): boolean => KNOWN.has(baseKey(name));
