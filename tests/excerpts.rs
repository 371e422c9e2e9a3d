//! Golden tests over excerpts written in the UN's house style, each text
//! next to the JSON it must export; `UPDATE=1 cargo test --test excerpts`
//! rewrites the JSON, and the diff is reviewed like code.
//!
//! - `tests/data/excerpts/*.txt`: English covers, provisional agendas with
//!   annotations, organization-of-work tables tab-separated and as PDF
//!   text, reports with attendance sections (States parties, signatory and
//!   observer States, UN entities, intergovernmental and non-governmental
//!   organizations), a Conference's resolutions, a summary record, notes
//!   with tables of figures and on venues; and documents pasted from PDF
//!   and Word beyond those: a Security Council provisional agenda with the
//!   letters under its items and a record with one unnumbered item, a COSP
//!   resolution citing articles and resolutions, a list of participants with
//!   each State on its first person's line, a Journal with 24-hour, `a.m.`
//!   and `1500 hours` times, a list of documents with addenda ranges, a CCPCJ
//!   report's speakers, IRG review pairings, a technical assistance note with
//!   figures and bracketed years, an ECOSOC decision setting out an agenda,
//!   a Sixth Committee programme of work, a note with footnote marks, an
//!   annotated agenda in Word tabs, identical letters with an annex, and
//!   information for participants (military time ranges, rooms), a note
//!   with periods, deadlines and rooms (`first half of 2025`, `Room M3 (M
//!   Building)`), an IRG annotated agenda with its Documentation lists and a
//!   CND agenda with unnumbered segment headings, and reports of the
//!   Secretary-General in narrative prose full of near misses (figures,
//!   months as words, `Chapter 11 bankruptcy`, `ISO/IEC 27001`, `A/B
//!   testing`, named conventions) with chapters on meetings held and a
//!   calendar whose date list writes its year once; a COSP list of
//!   documents with symbols broken after a slash and volumes and sections
//!   (`A/78/5 (Vol. I)`, `A/79/6 (Sect. 16)`), an annotated agenda that
//!   refers back to its items (`items 2 to 4`, `sub-item 2 (b)`) and an IRG
//!   report citing article ranges (`articles 5 to 14`, `article 57,
//!   paragraph 3 (a) to (c)`);
//!   a Journal's programme of meetings (`10 a.m.–1 p.m.` rows, rooms with their building in
//!   brackets), a note on arrangements with deadlines (`on or before`, `no
//!   later than`, `in the week of 26 May 2025`, `from Monday, 2 June, to
//!   Friday, 6 June 2025`) and a note on conference services naming venues
//!   in lists (`3,100 were held in Geneva, 1,850 in Vienna`, `the Palais des
//!   Nations in Geneva, Room XVII`, `10h00`, `15 h 30`);
//!   a COSP report's
//!   attendance section broken across PDF lines (footnote marks after
//!   States, `Japan1`), a list of participants with its officers (`Chair:`,
//!   `H.E. Mr.`), a list of speakers in table cells (`Pakistan (on behalf
//!   of the Group of 77 and China)→Mr. X, Permanent Representative`), a CCPCJ draft resolution that recommends to the
//!   Economic and Social Council and a COSP summary record opening the
//!   session (a temporary President, an office in brackets after a
//!   surname), a CCPCJ provisional agenda whose
//!   cover item stands above the document's own heading (`Provisional
//!   agenda and annotations`) and a working group agenda whose short
//!   titles a narrow PDF column wraps (`(a) Opening of the` / `meeting;`),
//!   and narrative reports naming States, organisations and
//!   persons in roles that are not actors (`Volume I: United Nations`, a
//!   quoted study's title, `Chad Johnson`, `Michael Jordan`, `the Niger
//!   River`, `Congo` beside `Democratic Republic of the Congo`, `the European
//!   Council`), an information note with weeks named by a day (`the week
//!   of 12 May 2025`, `the week beginning 26 May`), night meetings (`3/4
//!   June 2025`) and periods (`late 2026`), and a General Assembly note on
//!   venues (`held in Doha, Qatar`, `at the United Nations Office at` /
//!   `Nairobi`, `met virtually`, `in a hybrid format in Bangkok`); a CND agenda whose sub-item titles wrap under a tab
//!   (`Item 2 of the provisional agenda*` over its title, `rules 15 to 17`,
//!   `article 3, paragraphs 1 and 2, of the Single Convention …`) and a
//!   COSP agenda indented by spaces whose item cites `resolution S-32/1,
//!   annex, paragraphs 37 and 38` (`articles 53 and 54,\nparagraph 1 (c)`,
//!   `rule 2, paragraphs 1 and 2`); a limited, reissued draft report addendum (`Chinese and
//!   English only`) whose attendance names `Hong Kong, China` as a
//!   delegation and as a venue, a letter on behalf of the Group of 77 and
//!   China signed under `(Signed)`, and a list of participants with
//!   `H.E. Mr.`, family names in capitals and a `Hong Kong, China` block,
//!   and a working group report whose office wraps across a PDF line
//!   (`Executive` / `Director of …`) beside NGOs in consultative status,
//!   and a working group report whose chair's name wraps across a PDF line
//!   (`Ms. Ana` / `Kowalska (Poland)`), with persons elected `Vice-Chair`
//!   without `as` and NGOs joined by `and the`,
//!   and a Human Rights Council agenda whose list skips to `Item 10.` and
//!   whose annotations shorten a title (`Item 3.\tPromotion and protection
//!   of all human rights`), citing `decision 78/546 A and B`;
//!   a COSP annotated agenda's continued page (`Provisional agenda
//!   (continued)` over items 4–8, annotations repeating them, `decision
//!   78/546A and B` with the letter glued, `…/6/Add.1–3`, `articles 43 to
//!   50`, `articles 51–59`, `Items 4 to 6`), a CCPCJ list of documents as a
//!   table (`E/CN.15/2025/L.1 to L.4`, `CRP.1–CRP.3`, `5 (a)` rows that are
//!   no schedule) and a COSP draft resolution citing article ranges and
//!   parts (`articles 51 to 59`, `article 57, paragraph 3 (a) to (c)`,
//!   `resolutions 77/262A, B and C`, `its own resolutions 10/1 and 10/2`
//!   after another body's), a General Assembly provisional agenda excerpt
//!   from item 104 (`Provisional agenda of the eightieth regular session
//!   (continued)`, a footnote under its last item citing `resolution
//!   79/243A`) and a working group report whose `B. Agenda` section opens
//!   with numbered paragraphs that are no items above the adopted agenda;
//!   a CND report
//!   on an Official Records cover (title `Report on the sixty-seventh
//!   session (14–22 March 2024)`) electing officers by a `Chair:` list and
//!   in a row (`elected Mr. A (Colombia) Chair of the Committee of the
//!   Whole and Ms. B (Czechia) Vice-Chair …`), a General Assembly plenary
//!   record and a COSP list of participants naming former office-holders
//!   (`former Secretary-General Ban Ki-moon`, `the former President of the
//!   General Assembly, Mr. X`, `former Administrator of …`), and a CCPCJ
//!   report's election of officers as PDF text (`Ms. Clara Wendt` /
//!   `(Germany) Chair, …`, `who had been` / `elected Third Vice-Chair`,
//!   `from former` / `Secretary-General Ban Ki-moon`, `as Chair and
//!   Vice-Chair, respectively,`);
//!   an IRG background paper titled by its type (`Background paper prepared
//!   by the Secretariat`, its body the organ above the session line) and a
//!   CCPCJ report electing officers shared out without `as` (`elected A
//!   (Lebanon) and B (Norway) Second Vice-Chair and Rapporteur,
//!   respectively`) with an office that names a body in lower case
//!   (`Rapporteur of the working group …`), and a CND report electing three
//!   officers by acclamation the same way and naming offices of bodies in
//!   lower case (`Chair of the open-ended intergovernmental expert group on
//!   drug policy`, `Vice-Chair of the committee`); a CTOC working group's
//!   meeting report with its Conference's name over three cover lines, its
//!   title wrapped (`Report on the meeting of the Working Group on` /
//!   `International Cooperation held in Vienna on …`), officers untitled
//!   (`A (Spain)` / `and B (Oman), who served as Chair and Vice-Chair,
//!   respectively`) and the agenda adopted with its symbol (`…adopted the
//!   following agenda (CTOC/COP/WG.2/2025/1):`); a note verbale offering to
//!   host a session (`in Cartagena in the second half of 2027`);
//!   a CTOC session report from its symbol on (its Conference over three
//!   lines, its title wrapped before `from 14 to 18 October 2024`) whose
//!   attendance wraps short forms onto the next line (`International
//!   Criminal Police Organization` / `(INTERPOL)`) beside `enter the United
//!   Nations Office at Vienna`; an IRG conference room paper with no
//!   masthead whose short forms open the next line (`(UNDP)`, `(OECD)`)
//!   and whose officer's office follows a line break (`(Kenya),\nChair of
//!   the Eastern Africa platform`); a CTOC working group's list of speakers
//!   (`Mr. Rodríguez (Cuba, on behalf of …)`, `Mr. Petrov (Vice-Chair)
//!   (Russian Federation)`, `(Observer for the European Union)`);
//!   an IRG report as PDF text with its page furniture (`V.24-12345 (E)`,
//!   the symbol repeated as a running header, `2/10`) and attendance
//!   categories that name no organisation (`United Nations offices,
//!   organs, funds and programmes`), and a CND annotated agenda whose
//!   sub-item titles wrap under a deep indent (`the United Nations` /
//!   `              International Drug Control Programme`); a CND summary
//!   record whose speakers are observers and representatives (`Ms. Chen,
//!   representative of the …`, `(Observer for the League of Arab States)`,
//!   `(Nigeria), speaking as Chair`); a CND report's attendance naming an
//!   entity's observer (`an entity maintaining a permanent` / `observer
//!   office`, `The Holy See and the State of Palestine were represented by
//!   observers`, `Also attending were observers for the following …:`), observers wrapped after `for` (`observer for` / `the Council
//!   of Europe`) and officers elected over a line break (`elected` / `Ms. A
//!   (Nigeria) Chair`, `the representative of Canada`, `permanent observer
//!   of …`); a UNTOC COP list of participants with numbered
//!   sections (`II. Observer States`), States in capitals (`NEW ZEALAND`),
//!   labels alone on their line (`Head of Delegation`, `Alternate`) and
//!   `Monsignor`; a COSP Bureau's report on credentials (its States listed
//!   after `credentials` / `note verbale`, `representative of Bulgaria and
//!   Vice-President of the Conference`);
//!   the whole export is compared.
//! - `tests/data/excerpts-more/*.txt`: document kinds beyond agendas and
//!   reports, in English and Chinese — General Assembly reports, letters and
//!   draft resolutions with their sponsors, Security Council and Assembly
//!   meeting records, an ECOSOC list of resolutions and decisions, a UNFCCC
//!   COP decision, treaty-body concluding observations, and notes pasted
//!   from Word and PDFs (CRLF, full-width digits, no-break spaces, the
//!   variant forms of dates and times), notes and a draft resolution
//!   citing symbols of every organ (`A/RES/79/1`, `S/RES/2719 (2023)`,
//!   `A/C.3/79/L.5`, `CTOC/COP/WG.2/2024/2`, ECOSOC decision `2024/246`,
//!   `SG/SM/22345`, a joint CND/CCPCJ note `E/CN.7/2024/15–E/CN.15/2024/15`
//!   with `S/PV.9520`, `ST/SGB/2019/8`, `resolutions 1267 (1999) and 1989
//!   (2011)`) and notes full of near misses (`HIV/AIDS`, `USD/EUR`,
//!   `2022/2023`, `n/a`, `V.24-01234 (E)`, `COVID-19`, `ISO 37001`, a
//!   country review's `item 5 of the self-assessment checklist` and `the
//!   Criminal Procedure Code (art. 45)`, a note citing `article 2 of the
//!   questionnaire`, `Chapter 3 of the handbook` and `Articles 15 to 42 of
//!   the Convention (chapters III and IV)`, a note with footnote marks
//!   glued to words (`of the Convention3`, `resolution 10/1,4`),
//!   `24/7`, `12/05/2024`, `+43 1 26060`, `Article 19 (an NGO)`, `SDG
//!   16.5`, `p. 12`, `Chapter I contains …`), an Ad Hoc Committee note
//!   with ranges across months and years (`30 November 2026 to 8 January
//!   2027`), deadlines and `mid-May 2026`; a report whose footnote
//!   marks are glued to symbols that the footnotes cite (`A/78/1329` /
//!   `9 A/78/132.`) and that cites `resolution 10/1, annex, paragraph 4`
//!   and `articles 14 and 52, paragraph 1`, and a CCPCJ draft resolution
//!   listing resolutions of several bodies (`第 9/3 号和第 10/2 号决议，经济及社会理事会第
//!   2024/15 …`, `麻委会`, `预防犯罪委员会`), General Assembly draft decisions
//!   citing annexes of resolutions (`paragraphs 3 and 4 of annex I to
//!   Economic\nand Social Council resolution 2024/15`) and an IRG conference
//!   room paper whose footnote 12 cites the symbol its mark is glued to
//!   (`CAC/COSP/IRG/2024/1212`), and a working group's information note
//!   for Nairobi (`the Gigiri complex in Nairobi`, `the weeks of 8 and 15
//!   June 2026`, `10h - 13h`, `15 h 30 - 18 h`, `Wed, 10 June`, `the end of
//!   March 2026`, `spring 2026`) and a COSP note citing resolutions and
//!   decisions adopted in parts (`第 77/262 A 和 B 号决议`) and symbols in
//!   mixed widths (`A／78／133`, `CAC／COSP／2023／15`), and an IRG
//!   information note and a CCPCJ Journal in English and Chinese dense with
//!   dates, times and rooms (`during weeks of 25 May and 1 June 2026`,
//!   `during week of 18 May`, a cell `Weeks of 19 and 26 October 2026`,
//!   `at 10h`, `at 19h`, `between 10h and 13h`, `after 2 h of debate`,
//!   `Vienna International Centre, Board Room D (C Building)`, `Meeting
//!   Room 3 of the Vienna International Centre`, `2026 年 10 月 5 日和 12
//!   日当周`, `11 月 30 日所在的一周`, `纽约联合国总部会议大楼第 4 会议室`, `M
//!   楼全体会议厅` cells), a CND note at the `Austria Center Vienna, Hall D`
//!   (`Palais des Nations, Room XX, in Geneva`, `Gigiri complex in Nairobi,
//!   Conference Room 4`, `between 15h and 18h`, `at 14h and close at 18h`,
//!   `no more than 2 h`) and a COSP note for Doha (`卡塔尔国家会议中心第 1
//!   会议厅`, `… 2 号全体会议厅`, `2025 年 11 月 17 日和 24 日当周`); a working group's report
//!   whose officers `served as Chair\nand Rapporteur, respectively`, a prevention working group's
//!   annotated agenda (`Conference resolutions 10/1 and 10/5`, `article 5,
//!   paragraphs 1 and 2`), a Third Committee Journal (`A/79/` /
//!   `130/Corr.1`, `followed by` / `agenda items 20 and 22 (b).`) and an
//!   IRG information note (`from Monday, 8 June, to Friday, 12 June 2026`,
//!   `31 August to 2 September 2026`, `(14:00–15:30, Conference Room 7)`);
//!   a CCPCJ provisional agenda with titles wrapped under a tab and its
//!   annotations (`E/CN.15/2025/14 (chap. I, sect. B)`, `S/RES/2719 (2023)`),
//!   a working group's annotations page continued without its list (a
//!   sub-item title wrapped under a tab, `resolution 10/1,` / `paragraph 12`),
//!   a COSP agenda page continued inside item 1 whose annotations head it
//!   `1.→Organizational matters`, a CND report on scheduling (`sub-items 5
//!   (a)–(c)`, `3. Recalling Commission resolution 67/1`, `resolutions 78/246
//!   A–C`, `E/CN.7/2026/9, paras. 4–6`), a Journal of the Third Committee
//!   and the plenary (`resolution ES-11/1 and decision 79/512 B`,
//!   `A/ES-10/L.30/Rev.1`, `S/PRST/2025/3`, `the report of the` / `Third
//!   Committee … resolution S-32/1`), a General Assembly verbatim record
//!   taking items up again (`Agenda item 73 (continued)` over its title, a
//!   sub-item wrapped over three lines), a CND annotations page in PDF
//!   text whose titles a break cuts inside a name (`…the World Health` /
//!   `Organization in the review…`), a COSP resolution whose preamble
//!   singles out parts (`(CAC/COSP/2025/9), in` / `particular paragraphs 12
//!   to 15`, `chapter V …, in particular articles 51, 54 and 57`); and an asset recovery
//!   working group's organization of work at `the United Nations Office at Vienna, Vienna
//!   International Centre, Board Room D (C Building)` (`1.15 to 2.45 p.m.`, `12 noon–1 p.m.`,
//!   `the biennium 2026–2027`) and an ECOSOC note on the Commissions' meetings
//!   (`United Nations Office\nat Nairobi (Gigiri), Conference Room 2`, `Boardroom B (C
//!   Building, ground floor) of the Vienna International Centre`, `09:30 to 12:30 hrs`) and a
//!   CTOC Journal (`10.00 hrs–13.00 hrs`, `Monday to Friday,\n12 to 16 October 2026`, `Room
//!   C0713 (C Building, 7th floor)`), and an IRG information note (`Vienna, from Monday, 8 June,
//!   to Friday, 12 June 2026`, `fifteenth session (2024, Vienna)`, a title broken under a tab)
//!   and a CCPCJ organization of work with rows parted by PDF lines (`Tuesday,` / `19 May`), and a
//!   CND information note (`no later than`, `3.45 a.m. New York` / `time`, `(Vienna, 10-14 March 2025)`),
//!   and a COSP Journal with side events (`Conference Room 5, North Lawn Building`, `June 1,
//!   2025`, `the 1st of June`, `2 ~ 4 June 2025`);
//!   a UNTOC COP provisional agenda whose Documentation lists `and Corr.1 and 2`, `Add.1–3` and
//!   cites paragraphs of a document described before its symbol (`paragraphs 15 to 18 of the
//!   report on the twelfth session` / `(CTOC/COP/2024/15)`), a footnote's `paras. 10–12`;
//!   a CCPCJ draft resolution over its provisional agenda (`its resolution 26/2 of 26 May
//!   2017, paragraph 4`, `CRP.2 and 3`, `paragraph 3 (iii)`, a markdown link, a footnote
//!   `¹ A/RES/78/224.`) and a GA verbatim record whose items first taken up past its 80th line
//!   stand unmarked (`Agenda item 108` / title), speakers citing `Corr.1 and 2` and chapters;
//!   a UNTOC COP report's decision (`paragraphs 5 (b) and 7 thereof` of a resolution, `the
//!   procedures and rules annexed to its resolution 9/1`, `see also chapter III, paras. 20–24`)
//!   over an annexed table of documents whose symbol a cell wraps (`…/WG.3/2024/` / `5`);
//!   a CND provisional agenda with annotations under sub-items (`sub-item 3 (a)`, `items 3 (b)
//!   to (d)`, `E/CN.7/2026/` / `8 and Add.1`, a markdown link whose text is words);
//!   a prevention working group's information note with zones beside times (`10 a.m. New
//!   York time`, `(EST)`), venues without their city (`at United Nations Headquarters`, `the
//!   Gigiri complex`), `Conference` / `Room 2, North Lawn Building, New York` as one place,
//!   `(Vienna, 2025)` after a session of a body, `as at`, `on or before`, a deadlines table;
//!   a CCPCJ Journal (`10 a.m.–1 p.m. (CET)`, `Conference Room 7, M Building, Vienna`,
//!   `Between 20 and 22 May 2026`, `at United Nations Headquarters`, `at the Gigiri complex`);
//!   a CND report on scheduling decisions (`of that Convention`, `the Single Convention`,
//!   `in its chapter II` of the present report, Security Council resolutions with years) and a
//!   UNTOC working group report pasted without its cover (`paragraphs 12 to 18 thereof` after a
//!   symbol, a protocol named before `the Convention`, a list of documents before it);
//!   an IRG executive summary naming national agencies (`the Independent Commission against
//!   Corruption of Mauritius (ICAC)`, `Kenya's Ethics and Anti-Corruption Commission`); a CND
//!   `United Nations Journal` with officers behind dot leaders (`Mr. Al-Thani ....... (Qatar)`);
//!   a CND note on intersessional meetings (`the week of`, `from Tuesday,` / `22 September
//!   through Thursday, …`, `on or about`, `until noon`, `at midnight (CET)`, dates in a tab
//!   list of documents and a footnote, `Vienna International Centre,` / `Vienna` as one place);
//!   compared reduced to
//!   the document's `metadata` and the annotations of [`KINDS`].
//! - `tests/data/excerpts-schedules/*.txt`: organization-of-work and
//!   programme-of-work tables of other bodies (General Assembly Main
//!   Committees, the Human Rights Council, the CND) in tabs, pipes and
//!   aligned spaces, a COSP one as PDF text with its cells joined by single
//!   spaces, IRG ones with their header on two lines (in English and
//!   Chinese), COSP ones in Chinese in tabs and spaces, programmes whose
//!   date cells give ranges (`Tuesday, 27 May–Wednesday, 28 May`, `6 月 4
//!   日至 5 日`), one as PDF text with no header row and a COSP one in
//!   Chinese as PDF text whose date line gives a range, next to budget and
//!   attendance tables that are no
//!   schedules, IRG tables in aligned spaces (`10:00 - 13:00 hrs`, `09h30 -
//!   12h30`, `(Wednesday) 10.00–13.00`), in Chinese spaces (`上午 10:00 至下午
//!   1:00`, a night meeting `6 月 16/17 日`) and as PDF text with every cell
//!   on its own line, a working group table in tabs (`上午10时至中午12时`)
//!   and a firearms working group's in tabs with military times (`1000–1300`,
//!   `Wednesday 4/5 June`, `1000 hours`), and a Chinese IRG table as PDF
//!   text with its cells joined by single spaces (`上午 10 时–下午 1 时 1(a)
//!   会议开幕`, `10:00-13:00`; its date lines, read as items 6 by the agenda
//!   recogniser before, are no items), and working group programmes in
//!   English and Chinese whose first row's date cell is a range without a
//!   weekday (`9–10 June`, `6 月 9 日至 10 日`: a row on each day) and whose
//!   time cells are French-style (`10h00 - 13h00`, `15h` alone in its cell);
//!   compared reduced to the `metadata`, the annotations of
//!   [`SCHEDULE_KINDS`] and the `schedule`.
//! - `tests/data/excerpts-zh/*.txt`: Chinese documents of the Convention's
//!   bodies beyond the seeds — reports of the Implementation Review Group
//!   and of working groups with their attendance lists, a session report
//!   with its officers, draft resolutions of COSP and of CTOC on a
//!   protocol, summary records of COSP and
//!   CTOC (speakers named by surname), conference room
//!   papers (one a table of drawn States), a working group report with
//!   recommendations lettered (a)–(c), a note on technical assistance
//!   with budget figures, an executive summary of a country review, an
//!   addendum full of item, article and resolution
//!   lists, a note with footnotes (treaty citation, links), an IRG agenda
//!   with its organization of work as PDF text, information for
//!   participants, a CTOC agenda with its
//!   organization of work, a CTOC session report (officers, UN system
//!   attendance, a list of documents), a CTOC working group report, two
//!   lists of participants (State blocks with 代表团团长/副代表/顾问 labels,
//!   capitalised surnames and dotted names, organisation blocks, numbered
//!   headings, a secretariat block), a General Assembly resolution on the
//!   Convention and an ECOSOC one, a list of documents as a table, and annotations to an
//!   agenda with markdown links; annotated agendas of the asset recovery
//!   working group (文件 lists) and of the expert meeting (PDF, page
//!   headers), a COSP resolution's preamble, an IRG report with review
//!   pairings drawn, inline attendance and officers' paragraphs, a venue
//!   note, a journal (日刊), an annex table of documents without its
//!   cover, a note on extrabudgetary resources (bienniums, tables of
//!   years), relative dates (上旬, 同年, 本月, 次年), an expert meeting's
//!   report and a Word report with footnotes; a COSP report's attendance
//!   list with States broken across PDF lines and the adopted agenda with
//!   sub-items (a)–(f), an IRG resumed-session report with joint meetings, a
//!   CTOC firearms working group report, a Bureau letter signed （签名）, a
//!   UNODC regional platform note with short forms in brackets, a
//!   conference room paper tabling national focal points, officers with
//!   English names and Chinese offices under role labels, and an asset
//!   recovery resolution citing `第五十一条至第五十九条` and `第 57 条第 3
//!   款(a)项至(c)项`, a CND agenda with unnumbered
//!   segment headings (高级别部分); a COSP annotated agenda with sub-items
//!   (a)–(e) and 文件 lists (`…/2025/3 和 Corr.1`, `议程项\n目 2 至 5` broken
//!   by the PDF), an IRG report quoting its adopted agenda in one paragraph,
//!   a draft resolution with footnotes (`第 10/1 号、第 10/4 号和第 10/6 号决议`,
//!   `E/CN.15/2024/L.3/Rev.1`) and `第十四条第一款(a)项`, an IRG annex table of
//!   documents (`L.1 至 L.3`, `CRP.2–CRP.4`), an expert meeting report
//!   referring to sub-items and article ranges, a working group agenda
//!   typed in full-width digits and letters (`１．组织事项：`, `（ａ）会议开幕；`,
//!   `A/78/5（Vol. I）`),
//!   a note on a working group meeting's arrangements (`6 月 3 日上午 10 时至 7 日下午 6 时`, 每天, 星期一至星期五), a
//!   2025–2026 calendar of meetings (ranges across months and years), a
//!   journal's 会议时间表 with rooms in buildings (`C 楼 C3 会议室`), information
//!   for participants at the Vienna International Centre (注册, 证件);
//!   a COSP report's attendance chapter
//!   with signatories, UN entities, intergovernmental organizations and
//!   NGOs in brackets' short forms, a list of speakers in the general
//!   debate (State, name, office in table cells), a Permanent Mission's
//!   note verbale transmitting a statement (`（签名）` under its titles), a
//!   conference room paper whose cover reads `分发：限量`, and a summary
//!   record opening the session (speakers by surname, `主持会议`, an office
//!   in brackets), and an expert meeting report with co-chairs (`由 A（澳大利亚）
//!   和 B（中国）共同主持`) and a panel, a CCPCJ draft resolution under an
//!   `经济及社会理事会→分发：限量` cover that recommends to the Council;
//!   a note
//!   on a session's arrangements and past venues (`分别于维也纳（2024 年 6
//!   月）、纽约（2024 年 9 月）和内罗毕（2024 年 11 月）举行`); and
//!   narrative notes full of traps
//!   (figures, `3 月份以来`, `十二五` plans, `德国马克`, `美国式`, `南非洲`,
//!   central banks, `三条建议`, titles broken across lines): a technical
//!   assistance report, an IRG thematic report and a COSP note listing
//!   States' good practices, a regional platforms paper, an asset recovery
//!   background paper and an executive summary of a country review; a
//!   CND agenda under `临时议程和说明` with sub-items wrapped by the PDF,
//!   notes citing `安全理事会第 2719（2023）号决议`, `经社理事会第 2024/18
//!   号决议` and `E/RES/2024/18`, UNTOC articles in prose
//!   (`《公约》第十五条、第十六条和第十八条`, `《议事规则》第 2 条第 1 款`) beside
//!   the document's own chapters (`第二章概述了…`), and notes full of traps
//!   (`第十九条组织`, `24/7`, `1/3`, links, telephone numbers), a joint
//!   CND/CCPCJ note (`第 2231(2015)号决议`, `项目 3(a)至(c)`) and a CTOC
//!   annotated agenda whose short sub-item title a narrow PDF column wraps
//!   (`(b) 选举主席团` / `成员；`) above numbered paragraphs, and a technical
//!   assistance note whose `项目 1 在肯尼亚实施` are projects, and a note whose
//!   cover names two items over their titles (`临时议程*项目 1 和 9`), and one
//!   citing parts of texts that are no instruments (`调查问卷第 2 条`,
//!   `手册第 3 章`) beside the Convention's chapters;
//!   and
//!   narrative texts naming States and organisations beside their near
//!   namesakes (刚果/刚果民主共和国, 几内亚/几内亚比绍/赤道几内亚, 欧洲委员会/欧洲理事会),
//!   names inside titles (`《…第一卷：联合国》`, `题为“国际货币基金组织与反腐败”`) and a
//!   summary record's speakers in ideographs without a dot (`卡马拉女士（几内亚）`),
//!   and a report's opening naming officials by role and a transliterated
//!   name without a dot (`秘书长古特雷斯在开幕式上致辞`, `古特雷斯秘书长`) beside
//!   role words that name no one (`秘书长报告`, `主席团成员`, `主席之友`);
//!   an IRG note on a session in Abu Dhabi (`二〇二五年六月十六日至二十日`,
//!   `以混合形式`, `下午 3:00 至 6:00`, `晚上 7 时`), a COSP note in Doha
//!   (`上午十时`, `2026 年第一季度`, `1 月底前`), a journal with a night
//!   meeting (`12 月 17/18 日`), a calendar as PDF text (`2026 年 1 月 12 日
//!   当周`, `4 月下旬至 5 月上旬`, `第二季度和第三季度`) and a note naming
//!   United Nations offices as venues in a list;
//!   a CCPCJ provisional agenda with a sub-item wrapped under two tabs
//!   (`议事规则第 3 至 5 条`, `议程项目 4 和 5 合并审议`, `E/2024/30-E/CN.15/2024/14`), a
//!   CTOC working group agenda as PDF text indented by spaces, an IRG agenda
//!   whose short titles wrap with their closing mark on the next line
//!   (`审议机制的` / `运作情况。`, `第十四和五十二条第一款`, `第 3/1 号决议附件第 44
//!   段`) and a CND report opening its chapter with `第九章` on a line of
//!   its own above the adopted agenda (`分项目\n5(a)和(b)`, `项目 6 至 7`,
//!   `议程项目 5 下的分项目(a)和(b)`, `经第 2024/246 号决定核准` with the Commission as
//!   subject, `《1988 年公约》第十二条第二款`), an
//!   HRC revised draft resolution (`A/HRC/55/L.12/Rev.1`, `第十三条第一款\n第(一)至(四)项`,
//!   `第 5/1 号决议附件第 115 段`) and a COSP list of documents as a table with a
//!   note citing `CAC/COSP/2025/3 号文件附件第 12 段` and items that are no agenda's
//!   (`调查问卷项目 3 和 4`, `技术援助项目 5`, `预算项目 2`);
//!   an IRG report's 出席情况 with signatory and non-signatory States and
//!   observers, officers elected at a resumed session, CCPCJ statements on
//!   behalf of groups (`77 国集团和中国`, `非洲国家组`) with UN entities'
//!   bracketed short forms, NGOs in consultative status and `中国香港`, a
//!   letter signed by a Permanent Representative (`（签名）`), covers with
//!   `Distr.: Limited`, a corrigendum and an addendum symbol, a reissued
//!   `*` note (`Original: Spanish`), an information note `仅有中文和英文`,
//!   a summary record naming speakers by surname and group, and a report's
//!   opening whose dotted names wrap across PDF lines (`哈立德·阿卜杜勒·` /
//!   `拉赫曼`) beside `普京总统` and `张军大使（中国）`, a revised note's
//!   cover printed in Chinese (`分发：普遍`, `原件：英文`), a COSP information note
//!   held in a named building (`纽约联合国总部会议大楼第 4 会议室`) with parts of
//!   months and years (`10 月\n初`, `11 月底`, `2026 年年中`, `2026 年底`) beside
//!   `2026 年春季` and `2026 年初步报告`, and a Journal
//!   whose title stands between its body and session lines, with a dotted
//!   name that opens with a State's name (`马里亚诺·加西亚`) and a person's
//!   State before `的` (`法国的让-皮埃尔·杜邦先生`);
//!   an IRG annotated agenda's continued page (`临时议程（续）` over items
//!   5–9, a sub-item opening with a period `(a) 2026-2027 年两年期方案预算`,
//!   `第78/546A和B号决定`, `议程项目 5 至 7`, `第五十一至五十九条`), a CTOC list
//!   of documents as a table (`《打击跨国有组织犯罪公约》第五至九条`, `L.1 至 L.4`,
//!   `Add.1–3`) and a COSP draft resolution citing article ranges and
//!   parts (`第77/262A、B和C号决议`, `其第 10/4 号和第 10/5 号决议` after the
//!   Assembly's, `第 57 条第 3 款(a)项至(c)项`), a CTOC working group agenda's
//!   continued page as PDF text (page furniture between items, a title
//!   wrapped under its indent, `第十二至十四条`, `第 78/546 A 至 C 号决议`,
//!   `Add.1–2`) and a COSP agenda page that opens inside item 1 (`(c) 通过议程
//!   和工作安排；`, `(d) 全权证书。` then `2. …`, `议事规则第 3 至 5 条`,
//!   `第(一)至(三)项`);
//!   a CND report's Official
//!   Records cover (`第六十七届会议报告` over its bracketed dates) and a CCPCJ
//!   report whose title wraps after its venue clause, electing officers in
//!   a row (`选举 A 女士（瑞典）为主席，B 先生（加纳）为第一副主席…`, `A 先生（约旦）和
//!   B 女士（法国）分别为全体委员会主席和副主席`), and a
//!   General Assembly plenary record naming former office-holders
//!   (`潘基文前秘书长`, `大会前主席乔鲍·克勒希先生`, `毒品和犯罪问题办公室前执行主任`)
//!   and its President in a label's cell (`主席：\t弗朗西斯先生`), then by
//!   surname (`克勒希先生（以英语发言）`), and a COSP list of participants whose
//!   guests follow a State's block under `特邀嘉宾` (`潘基文先生阁下，联合国前秘书长`);
//!   a working group's background paper (`秘书处编写的背景文件`, the body
//!   the group below its parent Conference's line), a CTOC conference room
//!   paper whose numbered headings end before a blank line (`2. 没收事宜的国际合作`
//!   / `工作组不妨审议…`, no `国际合作\n\n工作组`) beside a name a blank line
//!   breaks inside a sentence (`追回被盗资产\n\n举措`), and an IRG report
//!   electing officers with `分别` and a working group's office before a
//!   name (`预防腐败问题不限成员名额政府间工作组报告员 Amina Yusuf 女士`);
//!   the s16b2 excerpts: a Chinese Journal headed weekday first (`星期一，2025 年
//!   6 月 16 日`) with rooms known by their name and a lettered hall in its
//!   cells (`大会会议厅`, `安全理事会会议厅`, `D 厅`), two days with their weekdays
//!   in one bracket (`21 日和 22 日（星期六和星期日）`), French hours after `于`
//!   and a chamber only mentioned; a Chinese note naming a room of the Nairobi
//!   office (`联合国内罗毕办事处（吉吉里）第 2 会议室`) and a range with the
//!   weekday before each end (`星期一，…24 日至星期五，…28 日`); an English
//!   Journal with the ECOSOC and Trusteeship Council Chambers in its cells
//!   and a note on a Geneva session in Room XX (`Human Rights and Alliance of
//!   Civilizations Room (Room XX), Palais des Nations, Geneva`), each with
//!   `13 and 14 December 2025 (Saturday and Sunday)` and a room only mentioned;
//!   a working group's meeting report titled in full (`…在维也纳举行的` /
//!   `…工作组会议的报告`) with a Chair named in ideographs (`森武（日本）`);
//!   a Journal under its masthead (`联合国日刊`) with its programme in PDF columns;
//!   an IRG report's bureau naming a Japanese officer in his own ideographs
//!   (`第二副主席：\t森武（日本）`);
//!   a CND annotated agenda whose cover line stands over `临时议程说明` (the
//!   document's heading, no item's title); a CTOC working group note citing
//!   `CTOC/COP/2022/` / `15，第一章` broken after a slash (the chapter is the
//!   document's), `Add.1-3` and `分项目 3(a)和(b)`; a CCPCJ note on
//!   intersessional meetings (`3 月 10 日（星期二）`, `2026 年\n12 月上旬`,
//!   `联合国日内瓦办事处万国宫第十七会议室`);
//!   an IRG annotations page continued without its list (`1. 组织事项（续）`,
//!   `缔约国会议第 10/1 和 10/5 号决议以及第 5/1 号决定`, `CAC/COSP/IRG/II/4/1/Add.13/Corr.1`);
//!   a CND report citing its own and the Assembly's resolutions (`回顾其第
//!   67/1 号…、大会第 S-30/1 号决议以及第 78/246 号决定`) and `议程分项目 10(a)和 10(b)`; a CTOC provisional agenda whose
//!   item 2 a page break cuts (`…运作` / `V.26-04567→1/9` / `情况。`); a
//!   Journal of the Third Committee and the plenary full of symbols
//!   (`A/C.3/80/L.10/Rev.1`, `S/RES/2719(2023)号决议`, `A/80/38，第二章`, `A/RES/78/123
//!   第 5 段`, `E/RES/2025/19 号决议第 2 段`) and an
//!   item's title with its documents (`经济及社会理事会的报告（A/80/3 和 A/80/3/Add.1）`);
//!   a COSP draft resolution citing articles in lists and ranges (`第五十七条第三款(a)至(c)项`,
//!   `第 16 条第 1 款和第 2 款`, `该公约第十四条`, `第 9/7 号至第 9/9 号决议`); a COSP
//!   annotations page in PDF text opening inside item 1 (`(e)`, `(f)` before
//!   `2. …审议机制的` / `运作情况`); a CCPCJ draft resolution whose preamble
//!   paragraphs cite dated references of several bodies (`大会 2024 年 12 月 17
//!   日第 79/175 号决议` opening a paragraph after `…第 11/2 号决定，`); an IRG
//!   technical assistance note counting projects beside agenda items (`该项目 5 年期间`,
//!   `项目 3 万美元`, `议程项目 3 和 4`); a working group's annotations whose
//!   heading `1.` ends a page and its title `组织事项` opens the next;
//!   a CND information note held in `联合国维\n也纳办事处维也纳国际中心 M 楼全体会议厅`
//!   (`在 C 楼举行`, `2025 年 12 月 15 日至 2026 年 1 月 16 日期间`, `中午 12\n时至下午 1 时 50 分`)
//!   with a work table repeating each row's date and time, and an IRG organization of work
//!   as PDF columns (`C 楼 C0713 室`, `上午十时至下午\n一时`, `2026/2027 年度`, `中午 12 时`),
//!   and a CCPCJ Journal with labelled lines (`会议时间：10：00—13：00`, `会议地点：C 楼 C4 会议室`,
//!   `上午 9 时起至 9 时 50 分止`, `2027 年 5 月 17 日起至 21 日止`), and a CTOC organization
//!   of work (`C 楼二层 C0227 室`, `纽约联合国总部托管理事会会议厅`, `10.00-13.00` rows), and a
//!   prevention working group's note (`联合国维也纳办事处（维也纳国际中心）`, `联合国维也纳办事处\nC 楼`),
//!   and its information note (`第十五次会议（2024 年，维也纳）`, `2026 年 4 月/5 月`, `最迟于`),
//!   and a CND Journal (`下午 3 时开到 6 时`, `中欧时间上午 9 时 30 分`, `C 楼第 C0713 室`), and a
//!   UNTOC note verbale (`或之前`, `第十二届会议（2024 年 10 月 15 日至 18 日，维也纳）`);
//!   a CND report from its symbols on (`E/2025/28` over its body line and
//!   `第六十八届会议报告`, `选举周晓明（中国）担任第四副主席`) and a CTOC
//!   conference room paper with no masthead (its Conference wrapped over two
//!   lines above the working group, short forms broken inside their brackets,
//!   `无法进入联合国内罗毕办事处`); a CCPCJ summary record's speakers
//!   (`罗德里格斯先生（古巴，代表 77 国集团和中国）`, `彼得罗夫先生（副主席）（俄罗斯联邦）`,
//!   `阿卜杜拉女士（阿拉伯国家联盟观察员）`); a prevention working group's
//!   report whose attendance wraps a short form inside its bracket
//!   (`（反腐败国\n家集团）`) beside `进入联合国维也纳办事处`, and elects after a
//!   comma (`在第 2 次会议上，王芳（中国）当选为第二副主席`);
//!   an IRG report as PDF text with page furniture whose attendance
//!   categories name no organisation (`下列联合国办事处、机关、基金和方案`) and
//!   whose list wraps inside its second entry (`…和联合` / `国毒品和犯罪问题办公室`),
//!   and a CCPCJ report from its symbols on, over the Official Records
//!   series (`经济及社会理事会` / `正式记录，2024 年`) and its Commission's
//!   title, with `联合国下列非委员会成员国` and officers under labels;
//!   CND scheduling decisions citing the drug conventions and UNTOC
//!   protocols (`《1961 年麻醉品单一公约》第 3 条第 3 款第(三)项`, `《枪支议定书》第 5 条和第 8 条`,
//!   `该条第 6 款`, a bare `第 5 条` after a sentence on the Charter); a GA
//!   resolution whose preamble reaffirms the Charter before the Convention
//!   (`《联合国反腐败公约》第五章，特别是第五十一条`, `《公约》第五十七条`); a COSP
//!   draft resolution whose preamble singles out and points back to
//!   paragraphs (`第 10/1 号决议，特别是其中第 5 段`, `（CAC/COSP/2025/9），尤其是第 12 段`,
//!   `上述决议第 7 段`, `该决议附件第 2 段`); an IRG Journal's programme
//!   with dotted hours and tilde ranges (`上午 10.00–13.00 时`, `13.15～14.45 时`,
//!   `5 月 12 日~14 日`) and a table of documents' issue dates (`… 印发`, `2025.08.28`);
//!   a CCPCJ organization of work in tabs whose item titles wrap onto
//!   title-only rows (`4\t专题讨论：加强国际合作打击` / `\t\t危害环境的犯罪`), a CTOC
//!   provisional agenda whose item lists `㈠`/`㈡` points and whose PDF table wraps a title;
//!   a CCPCJ note on the election of
//!   its Bureau (officers elected together, `佐藤健（日本）和王芳（中国）分别当选`,
//!   a group's nominee, `非洲国家组提名阿卜杜拉·姆贝基先生（南非）`, States whose
//!   observers attended, `罗马教廷和巴勒斯坦国的观察员出席了…`); a CCPCJ
//!   Journal whose organ under `联合国日刊` is no participant; a CCPCJ list of
//!   participants (`非委员会成员国`, `非会员国`, a label alone over its persons,
//!   `顾问` / `Paula MENDES 女士`, `María José GÓMEZ`, `常驻观察员`); a UNTOC COP
//!   report's run-in attendance over PDF lines and credentials with Japanese
//!   names whose surname opens with a function word (`副主席和田浩二（日本）`,
//!   `中村由美（日本）和田中健（日本）`); a CND report's page from its symbol
//!   (`E/CN.7/2025/15`: the Commission is its own body) with observers
//!   before their names (`欧洲委员会观察员 Anna Kowalska 女士`); a prevention
//!   working group's list of participants whose labels stand alone over
//!   entries named in ideographs (`顾问` / `朴敏英女士，…` / `李俊浩先生`, `观察员`);
//!   a CTOC COP report with its resolutions (`回顾其第 9/1 号决议第 3 段和第 10/1 号决议`,
//!   `其关于审议机制的第 11/1 号决议`, `附件所载程序和规则第 12 段`) and an annexed
//!   table of documents (`和 Corr.1 和 2`, a symbol split over the row's lines), and a CND
//!   report whose chapters cite each other across PDF lines (`见本报告` / `第一章 A 节`) and
//!   whose resolution cites `经济及社会理事会` / `2024 年 7 月 23 日第 2024/21 号决议`, and a
//!   CCPCJ draft resolution over its provisional agenda citing `注意到委员会第 33/1 号决议第 2
//!   至 4 段`, `附件第 12(c) 段`, `E/CN.15/2025/4 号文件第二章和第 15 段`; a GA Journal
//!   whose items stand over their sub-items and documents' lines (`议程项目 27` / `社会发展` /
//!   `(a) …` / `第三委员会的报告（[A/80/458/Add.1](…)）`), a link whose text is words, footnotes;
//!   an asset recovery working group's information for participants in Nairobi (`在吉吉里大院
//!   举行`, `万国宫第 XVII 号会` / `议室`, `日内瓦时间上午 10 时`, `截至`, `自 … 起`, a
//!   deadlines table, `（2023 年` / `12 月，美利坚合众国亚特兰大）`);
//!   a CTOC working group's calendar of meetings as a table (`联合国总部`, `吉吉里大院` and
//!   `维也纳国际中心` cells), zones before bare hours (`中欧时间（CET）10 时`, `纽约时间 18
//!   时前`), `C 楼` / `C0713 室`, `在联合国总部以外地点举行`;
//!   an IRG report pasted without its cover (`CAC/COSP/IRG/2026/3 号文件第 15 段` … `《公约》第五章`,
//!   `大会第八十届会议议程项目 108`) and a CND report on scheduling decisions (`该公约第三条`);
//!   a GA Journal whose sub-items' titles a PDF line wraps (`(a) …第二十四届特别会议` / `成果的执行情况`);
//!   a UNTOC working group report without its cover (`号文件所载背景文件，提请注意其中第 12 至 18 段`,
//!   a protocol named before `《公约》第十八条`);
//!   an IRG executive summary naming national agencies (`塞舌尔反腐败委员会（反腐委）`,
//!   `博茨瓦纳腐败和经济犯罪局`) beside States that only act (`塞舌尔的委员会`), and
//!   a CCPCJ report's debate naming them (`巴西联邦\n警察`, `中国\n国家监察委员会`, `大韩民国外交部长`),
//!   an asset recovery working group's table of lead agencies (`秘鲁总检察院`, `菲律宾反洗钱理事会`);
//!   a note verbale with deadlines (`最迟应于 … 前`, `不迟于`, `11 月 28 日午夜`, `晚上 7 点半开始，
//!   至 9 点结束`, `多哈会展中心`, `会展中心一层第 1 会议厅`, `卡塔尔多` / `哈`) and a biennium's
//!   calendar of meetings as tables of dates and places (`2026-2027 两年期`, `日内瓦万国宫`);
//!   a mission's note verbale whose sentences date no meeting (`秘书处 2026 年 1 月 20 日关于…的照会`,
//!   `3 月中旬前`, signed `2026 年 2 月 5 日于维也纳`), an IRG summary record naming agencies
//!   (`德国联邦刑事警察局`) and a CCPCJ annotated provisional agenda (`第 75/253 A 号决议第 5 段`,
//!   `该议定书第 14 条`);
//!   compared reduced to the `metadata`, every annotation, the `agenda`,
//!   the `schedule` and the `participants`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use undoc::{annotate, export, Options};

/// The whole export of `text`.
fn full(text: &str, name: &str) -> String {
    export::to_json(text, &annotate(text, &Options::default()), name)
}

/// The kinds this test holds to their reviewed values.
const KINDS: [&str; 6] = ["agenda_ref", "date", "time", "symbol", "article", "place"];

/// The kinds the schedule excerpts hold to their reviewed values, with the schedule.
const SCHEDULE_KINDS: [&str; 4] = ["agenda_item", "agenda_ref", "date", "time"];

/// Every kind: the Chinese excerpts hold all their annotations.
const ALL_KINDS: [&str; 8] = ["agenda_item", "agenda_ref", "date", "time", "symbol", "article", "participant", "place"];

/// The export of `text` reduced to its metadata and the annotations of [`KINDS`].
fn reduced(text: &str, name: &str) -> String {
    subset(text, name, &KINDS, &[])
}

/// The export of `text` reduced to its metadata, the annotations of
/// [`SCHEDULE_KINDS`] and its schedule.
fn scheduled(text: &str, name: &str) -> String {
    subset(text, name, &SCHEDULE_KINDS, &["schedule"])
}

/// The export of `text` reduced to its metadata, every annotation, and its
/// agenda, schedule and participants (the offsets in UTF-16 left out).
fn annotated(text: &str, name: &str) -> String {
    subset(text, name, &ALL_KINDS, &["agenda", "schedule", "participants"])
}

/// The export of `text` reduced to its metadata, the annotations of `kinds`
/// and the document-level fields `extra`.
fn subset(text: &str, name: &str, kinds: &[&str], extra: &[&str]) -> String {
    let json = export::to_json(text, &annotate(text, &Options::default()), name);
    let full: serde_json::Value = serde_json::from_str(&json).expect("the export is JSON");
    let annotations: Vec<serde_json::Value> = full["annotations"]
        .as_array()
        .map(|all| {
            all.iter()
                .filter(|a| a["kind"].as_str().is_some_and(|k| kinds.contains(&k)))
                .map(|a| serde_json::json!({ "kind": a["kind"], "start": a["start"], "end": a["end"], "text": a["text"], "value": a["value"] }))
                .collect()
        })
        .unwrap_or_default();
    let mut out = serde_json::json!({ "metadata": full["metadata"], "annotations": annotations });
    for field in extra {
        out[*field] = full[*field].clone();
    }
    serde_json::to_string_pretty(&out).expect("serialisable") + "\n"
}

/// Renders every `.txt` of `tests/data/<folder>` (at least `min` of them)
/// and compares it with the `.json` beside it, or rewrites that under `UPDATE`.
fn check(folder: &str, min: usize, render: fn(&str, &str) -> String) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(folder);
    let update = std::env::var_os("UPDATE").is_some();
    let mut texts: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("tests/data/{folder}: {e}"))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    assert!(texts.len() >= min, "the excerpts of tests/data/{folder} are in place");
    let mut failed = Vec::new();
    for path in texts {
        let text = std::fs::read_to_string(&path).expect("UTF-8 excerpt");
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let json = render(&text, &name);
        let expected = path.with_extension("json");
        if update {
            std::fs::write(&expected, &json).expect("writable excerpt JSON");
            continue;
        }
        if std::fs::read_to_string(&expected).unwrap_or_default() != json {
            failed.push(name);
        }
    }
    assert!(failed.is_empty(), "export changed for {failed:?}: review with UPDATE=1 cargo test --test excerpts and git diff");
}

#[test]
fn excerpts_match_their_reviewed_export() {
    check("excerpts", 5, full);
}

#[test]
fn more_excerpts_match_their_reviewed_export() {
    check("excerpts-more", 10, reduced);
}

#[test]
fn schedule_excerpts_match_their_reviewed_export() {
    check("excerpts-schedules", 4, scheduled);
}

#[test]
fn chinese_excerpts_match_their_reviewed_export() {
    check("excerpts-zh", 8, annotated);
}
