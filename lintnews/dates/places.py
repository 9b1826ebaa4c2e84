"""Place names that anchor "local time": countries, their adjectives and capitals, and large cities.

A short built-in list on purpose: a place written after "in", "at", "from" and the like is recognised
by its capital letter, so this list only has to cover cities named without such a word ("Minsk said")
and places after weaker words ("a visit to Belarus", "President of Belarus").
"""

from __future__ import annotations

_NAMES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahamas Bahrain
Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria
Burkina Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia
Denmark Djibouti Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia
Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia
Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan
Laos Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia
Maldives Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco
Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Macedonia Norway Oman Pakistan
Palau Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal
Serbia Seychelles Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan
Vanuatu Vatican Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales America Europe Asia
Africa Crimea Donbas Gaza Tibet Xinjiang Hainan Hong Kong Macau Macao Kashmir
"""

_CITIES = """
Abuja Accra Addis Ababa Algiers Amman Amsterdam Ankara Astana Athens Baghdad Baku Bangkok Beijing Beirut
Belgrade Berlin Bern Bishkek Bogota Brasilia Bratislava Brussels Bucharest Budapest Cairo Canberra Caracas
Chisinau Colombo Copenhagen Dakar Damascus Dhaka Doha Dubai Dublin Dushanbe Hanoi Harare Havana Helsinki
Islamabad Jakarta Jerusalem Kabul Kampala Kathmandu Khartoum Kiev Kyiv Kinshasa Lagos Lima Lisbon Ljubljana
London Luanda Madrid Managua Manila Minsk Mogadishu Moscow Nairobi New Delhi Delhi Nicosia Oslo Ottawa Paris
Phnom Penh Podgorica Prague Pretoria Pyongyang Quito Rabat Reykjavik Riga Riyadh Rome Santiago Sarajevo Seoul
Skopje Sofia Stockholm Taipei Tallinn Tashkent Tbilisi Tehran Tirana Tokyo Tripoli Tunis Ulaanbaatar Vienna
Vientiane Vilnius Warsaw Washington Wellington Yerevan Zagreb Shanghai Guangzhou Shenzhen Wuhan Chongqing
Chengdu Tianjin Nanjing Hangzhou Xi'an Harbin Lhasa Urumqi Mumbai Kolkata Chennai Karachi Lahore Istanbul
Sydney Melbourne Toronto Montreal Vancouver Chicago Houston Miami Boston Atlanta Dallas Seattle Denver
Los Angeles San Francisco New York Geneva Munich Frankfurt Hamburg Milan Barcelona Marseille Lyon Osaka
Kharkiv Odesa Odessa Lviv Donetsk Luhansk Kherson Mariupol Bakhmut Petersburg Novosibirsk Vladivostok
Kaliningrad Sevastopol Gomel Brest Grodno Almaty Samarkand Tel Aviv Haifa Jeddah Mecca Basra Mosul Aleppo
Hiroshima Nagasaki Busan Ho Chi Minh Saigon Bali Yangon Johannesburg Cape Town Durban Casablanca Kigali
"""

_ADJECTIVES = """
Afghan Albanian Algerian American Argentine Armenian Australian Austrian Azerbaijani Belarusian Belgian
Brazilian British Bulgarian Cambodian Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish Dutch
Egyptian English Estonian Ethiopian European Filipino Finnish French Georgian German Ghanaian Greek
Hungarian Indian Indonesian Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kazakh Kenyan Korean
Kuwaiti Kyrgyz Latvian Lebanese Libyan Lithuanian Malaysian Mexican Moldovan Mongolian Moroccan Nepalese
Nigerian Norwegian Pakistani Palestinian Peruvian Polish Portuguese Qatari Romanian Russian Saudi Scottish
Serbian Singaporean Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Thai
Turkish Turkmen Ugandan Ukrainian Uzbek Venezuelan Vietnamese Yemeni
"""

#: Countries and regions: a place only when the text says something happens in or at it.
COUNTRIES: frozenset[str] = frozenset(_NAMES.split())
#: Cities: naming one is enough to anchor a local time.
CITIES: frozenset[str] = frozenset(_CITIES.split())
PLACE_WORDS: frozenset[str] = COUNTRIES | CITIES
#: "Russian", "Chinese": kept for zone names ("Moscow time" style phrases use adjectives too).
ADJECTIVES: frozenset[str] = frozenset(_ADJECTIVES.split())
