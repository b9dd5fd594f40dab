<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>neuroio::AccountsOverviewCosts</name>
    <message>
        <source>No costs: a cost prices each month on its own, and the range has no first or no last month.</source>
        <translation>Keine Kosten: Kosten werden für jeden Monat einzeln berechnet, und dem Zeitraum fehlt der erste oder der letzte Monat.</translation>
    </message>
    <message>
        <source>No costs: your price list has no price for the event types shown.</source>
        <translation>Keine Kosten: Ihre Preisliste hat keinen Preis für die angezeigten Ereignistypen.</translation>
    </message>
</context>
<context>
    <name>neuroio::AccountsOverviewTable</name>
    <message>
        <source>%1 of %2 accounts unavailable; the totals and shares are over the %3 that answered</source>
        <translation>%1 von %2 Konten nicht verfügbar; Summen und Anteile beziehen sich auf die %3, die geantwortet haben</translation>
    </message>
</context>
<context>
    <name>neuroio::Anomaly</name>
    <message>
        <source>%1 above the median of the %2 months with usage before it (%3 %4)</source>
        <translation>%1 über dem Median der %2 Monate mit Nutzung davor (%3 %4)</translation>
    </message>
    <message>
        <source>%1 below the median of the %2 months with usage before it (%3 %4)</source>
        <translation>%1 unter dem Median der %2 Monate mit Nutzung davor (%3 %4)</translation>
    </message>
</context>
<context>
    <name>neuroio::ApiError</name>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server did not accept the token.</source>
        <translation>Der Server hat das Token nicht akzeptiert.</translation>
    </message>
    <message>
        <source>This token may not see this.</source>
        <translation>Dieses Token hat dafür keine Berechtigung.</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>Der Server kennt die angefragte Ressource nicht.</translation>
    </message>
    <message>
        <source>The server is busy: too many requests.</source>
        <translation>Der Server ist ausgelastet: zu viele Anfragen.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Der Server hat ein Problem (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Request not sent: %1</source>
        <translation>Anfrage nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Schreiben fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>Network error on %1: %2</source>
        <translation>Netzwerkfehler bei %1: %2</translation>
    </message>
    <message>
        <source>Timed out on %1: %2</source>
        <translation>Zeitüberschreitung bei %1: %2</translation>
    </message>
    <message>
        <source>Secure connection failed on %1: %2</source>
        <translation>Sichere Verbindung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server answered %1 on %2</source>
        <translation>Der Server antwortete mit %1 auf %2</translation>
    </message>
    <message>
        <source>The server answered %1 on %2: %3</source>
        <translation>Der Server antwortete mit %1 auf %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a refused field: the server&apos;s message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the refused fields, after the message</comment>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between refused fields</comment>
        <translation>; </translation>
    </message>
    <message>
        <source> [error code %1]</source>
        <translation> [Fehlercode %1]</translation>
    </message>
    <message>
        <source>Malformed response from %1: %2</source>
        <translation>Fehlerhafte Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Malformed response from %1, field &quot;%2&quot;: %3</source>
        <translation>Fehlerhafte Antwort von %1, Feld „%2“: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>neuroio::BillingClient</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address</source>
        <translation>„%1“ ist keine Serveradresse</translation>
    </message>
    <message>
        <source>plain http:// would send the token unencrypted to %1; use https:// (http is allowed only for this computer, 127.0.0.1)</source>
        <translation>unverschlüsseltes http:// würde das Token im Klartext an %1 senden; verwenden Sie https:// (http ist nur für diesen Computer erlaubt, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>the token holds a control character (a line break, say); it was not sent</source>
        <translation>das Token enthält ein Steuerzeichen (etwa einen Zeilenumbruch); es wurde nicht gesendet</translation>
    </message>
    <message>
        <source>the token holds a space or a character that is not plain ASCII; it was not sent</source>
        <translation>das Token enthält ein Leerzeichen oder ein Zeichen außerhalb von ASCII; es wurde nicht gesendet</translation>
    </message>
    <message>
        <source>limit must be at least 1 and offset at least 0</source>
        <translation>limit muss mindestens 1 und offset mindestens 0 sein</translation>
    </message>
    <message>
        <source>a username and a password are both needed</source>
        <translation>Benutzername und Passwort werden beide benötigt</translation>
    </message>
    <message>
        <source>the server sent nothing within %1</source>
        <translation>der Server hat innerhalb von %1 nichts gesendet</translation>
    </message>
    <message>
        <source>the server sent nothing for %1</source>
        <translation>der Server hat %1 lang nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <source>the answer was arriving too slowly: %n bytes in %1, and it was not finished</source>
        <translation>
            <numerusform>die Antwort kam zu langsam an: %n Byte in %1, und sie war noch nicht vollständig</numerusform>
            <numerusform>die Antwort kam zu langsam an: %n Bytes in %1, und sie war noch nicht vollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer stopped arriving: nothing for %1 after %n bytes</source>
        <translation>
            <numerusform>die Antwort kam nicht weiter an: %1 lang nichts nach %n Byte</numerusform>
            <numerusform>die Antwort kam nicht weiter an: %1 lang nichts nach %n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); the redirect was not followed, so the token was not sent there</source>
        <translation>der Server hat auf einen anderen Ursprung umgeleitet (%1); der Umleitung wurde nicht gefolgt, das Token wurde also nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Umleitungen</translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of %2 bytes arrived</source>
        <translation>die Antwort war unvollständig: %1 von %2 Bytes kamen an</translation>
    </message>
    <message>
        <source>%1; the server asked to wait %2 before trying again, longer than the %3 this program waits</source>
        <translation>%1; der Server bat, %2 bis zum nächsten Versuch zu warten – länger als die %3, die dieses Programm wartet</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>neuroio::BillingQuery</name>
    <message>
        <source>month_from is not a valid month</source>
        <translation>month_from ist kein gültiger Monat</translation>
    </message>
    <message>
        <source>month_to is not a valid month</source>
        <translation>month_to ist kein gültiger Monat</translation>
    </message>
    <message>
        <source>the range starts in %1, after it ends in %2</source>
        <translation>der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <source>spaces_ids: %1 is not a space id</source>
        <translation>spaces_ids: %1 ist keine Space-ID</translation>
    </message>
    <message>
        <source>event_types: %1 is not a known event type</source>
        <translation>event_types: %1 ist kein bekannter Ereignistyp</translation>
    </message>
    <message>
        <source>limit must be at least 1, not %1</source>
        <translation>limit muss mindestens 1 sein (angegeben: %1)</translation>
    </message>
    <message>
        <source>offset must not be negative, not %1</source>
        <translation>offset darf nicht negativ sein (angegeben: %1)</translation>
    </message>
</context>
<context>
    <name>neuroio::Budget</name>
    <message>
        <source>%1, every space</source>
        <translation>%1, jeder Space</translation>
    </message>
    <message>
        <source>%1, space %2</source>
        <translation>%1, Space %2</translation>
    </message>
    <message>
        <source>%1, spaces %2</source>
        <translation>%1, Spaces %2</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetChecker</name>
    <message>
        <source>there is no budget to check</source>
        <translation>es gibt kein Budget zu prüfen</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetFile</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a budgets file: it must be a JSON object</source>
        <translation>keine Budgetdatei: sie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a budgets file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Budgetdatei („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>budgets file version %1 is not supported; this version reads %2</source>
        <translation>Budgetdatei-Version %1 wird nicht unterstützt; diese Version liest %2</translation>
    </message>
    <message>
        <source>&quot;budgets&quot; must be a list</source>
        <translation>„budgets“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a budgets file: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>budgets[%1]: must be an object</source>
        <translation>budgets[%1]: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>budgets[%1].%2: not a budget&apos;s field (name, event_type, spaces, limit)</source>
        <translation>budgets[%1].%2: kein Feld eines Budgets (name, event_type, spaces, limit)</translation>
    </message>
    <message>
        <source>budgets[%1].name: must be text</source>
        <translation>budgets[%1].name: muss Text sein</translation>
    </message>
    <message>
        <source>budgets[%1].event_type: missing</source>
        <translation>budgets[%1].event_type: fehlt</translation>
    </message>
    <message>
        <source>budgets[%1].event_type: &quot;%2&quot; is not an event type (%3)</source>
        <translation>budgets[%1].event_type: „%2“ ist kein Ereignistyp (%3)</translation>
    </message>
    <message>
        <source>budgets[%1].spaces: must be a list of space ids</source>
        <translation>budgets[%1].spaces: muss eine Liste von Space-IDs sein</translation>
    </message>
    <message>
        <source>budgets[%1].spaces[%2]: must be a space id (a whole number above 0)</source>
        <translation>budgets[%1].spaces[%2]: muss eine Space-ID sein (eine ganze Zahl über 0)</translation>
    </message>
    <message>
        <source>budgets[%1].limit: missing</source>
        <translation>budgets[%1].limit: fehlt</translation>
    </message>
    <message>
        <source>budgets[%1].limit: must be a number above 0</source>
        <translation>budgets[%1].limit: muss eine Zahl über 0 sein</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetStatus</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>over</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>state, budget, figures</comment>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 so far, on course for %4 by its end (limit %5)</source>
        <translation>bisher %1 %2 in %3, auf Kurs zu %4 bis Monatsende (Limit %5)</translation>
    </message>
    <message>
        <source>%1 %2 in %3 so far, no projection: %4 (limit %5)</source>
        <translation>bisher %1 %2 in %3, keine Hochrechnung: %4 (Limit %5)</translation>
    </message>
    <message>
        <source>%1 %2 in %3; forecast %4 in %5 (ceiling %6)</source>
        <translation>%1 %2 in %3; Prognose %4 in %5 (Obergrenze %6)</translation>
    </message>
    <message>
        <source>%1 %2 in %3; no forecast: %4 (ceiling %5)</source>
        <translation>%1 %2 in %3; keine Prognose: %4 (Obergrenze %5)</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>Im Budget</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Budget überschritten</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <comment>a budget&apos;s state, its title, its figures</comment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>on course for %1 of %2 %3 in %4</source>
        <comment>the month&apos;s end, the limit</comment>
        <translation>auf Kurs zu %1 von %2 %3 in %4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4</source>
        <comment>a month&apos;s sum, the limit</comment>
        <translation>%1 von %2 %3 in %4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4 so far</source>
        <comment>a month&apos;s sum, the limit</comment>
        <translation>bisher %1 von %2 %3 in %4</translation>
    </message>
    <message>
        <source>forecast %1 %2 in %3, ceiling %4</source>
        <translation>Prognose %1 %2 in %3, Obergrenze %4</translation>
    </message>
    <message>
        <source>%1 %2 in %3, ceiling %4</source>
        <comment>a month&apos;s level, its unit, the month, the ceiling</comment>
        <translation>%1 %2 in %3, Obergrenze %4</translation>
    </message>
</context>
<context>
    <name>neuroio::ConnectionLimits</name>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout muss eine ganze Zahl von Sekunden zwischen %1 und %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>--max-retries must be a whole number from 0 to %1, not &quot;%2&quot;</source>
        <translation>--max-retries muss eine ganze Zahl von 0 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--max-parallel must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--max-parallel muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>neuroio::CostEstimate</name>
    <message>
        <source>too large to estimate</source>
        <translation>zu groß für eine Schätzung</translation>
    </message>
</context>
<context>
    <name>neuroio::EventType</name>
    <message>
        <source>API calls</source>
        <translation>API-Aufrufe</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Persons storage</source>
        <translation>Personenspeicher</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>Personenmonate</translation>
    </message>
    <message>
        <source>Entry storage</source>
        <translation>Eintragsspeicher</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>entry-months</source>
        <translation>Eintragsmonate</translation>
    </message>
    <message>
        <source>Source licenses</source>
        <translation>Quelllizenzen</translation>
    </message>
    <message>
        <source>licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>license-months</source>
        <translation>Lizenzmonate</translation>
    </message>
    <message>
        <source>Event type %1</source>
        <translation>Ereignistyp %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>Einheiten</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportOptions</name>
    <message>
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>das Trennzeichen muss ein Komma, ein Semikolon oder ein Tabulator sein</translation>
    </message>
    <message>
        <source>%1 is the decimal separator in %2; choose another delimiter or plain numbers</source>
        <translation>%1 ist das Dezimaltrennzeichen im Gebietsschema %2; wählen Sie ein anderes Trennzeichen oder einfache Zahlen</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>ein Komma</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>ein Semikolon</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>ein Tabulator</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a delimiter character, quoted</comment>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportOutcome</name>
    <message>
        <source>wrote %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportSink</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>no room for a temporary file in %1 (%2)</source>
        <translation>kein Platz für eine temporäre Datei in %1 (%2)</translation>
    </message>
    <message>
        <source>the temporary file: %1</source>
        <translation>die temporäre Datei: %1</translation>
    </message>
    <message>
        <source>the export was not started</source>
        <translation>der Export wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the temporary file could not be read back</source>
        <translation>die temporäre Datei konnte nicht zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>neuroio::LevelSummary</name>
    <message>
        <source>%1 %2 %3</source>
        <comment>105,379 persons in 2026-10 · average 103,210</comment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>in %1 · average %2</source>
        <comment>the latest month · the average level</comment>
        <translation>im Monat %1 · Durchschnitt %2</translation>
    </message>
    <message>
        <source>The average is the level of the range&apos;s one month.</source>
        <translation>Der Durchschnitt ist der Bestand des einzigen Monats im Zeitraum.</translation>
    </message>
    <message>
        <source>The average is over all %1 months of the range.</source>
        <translation>Der Durchschnitt bezieht sich auf alle %1 Monate des Zeitraums.</translation>
    </message>
    <message>
        <source>The average is the level of the one month with usage; %1 of the range had none.</source>
        <translation>Der Durchschnitt ist der Bestand des einzigen Monats mit Nutzung; Monate ohne Nutzung im Zeitraum: %1.</translation>
    </message>
    <message>
        <source>The average is over the %1 months with usage; %2 of the range had none.</source>
        <translation>Der Durchschnitt bezieht sich auf die %1 Monate mit Nutzung; Monate ohne Nutzung im Zeitraum: %2.</translation>
    </message>
</context>
<context>
    <name>neuroio::Month</name>
    <message>
        <source>&quot;%1&quot; is not a month: %2</source>
        <translation>„%1“ ist kein Monat: %2</translation>
    </message>
    <message>
        <source>expected YYYY-MM, for example 2024-06</source>
        <translation>erwartet wird YYYY-MM, zum Beispiel 2024-06</translation>
    </message>
    <message>
        <source>the year must be 0001 or later</source>
        <translation>das Jahr muss 0001 oder später sein</translation>
    </message>
    <message>
        <source>the month must be 01 to 12</source>
        <translation>der Monat muss zwischen 01 und 12 liegen</translation>
    </message>
</context>
<context>
    <name>neuroio::MonthRange</name>
    <message>
        <source>This month so far</source>
        <translation>Dieser Monat bis heute</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 full months</source>
        <translation>Letzte 3 volle Monate</translation>
    </message>
    <message>
        <source>Last 6 full months</source>
        <translation>Letzte 6 volle Monate</translation>
    </message>
    <message>
        <source>Last 12 full months</source>
        <translation>Letzte 12 volle Monate</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>Dieses Jahr bis heute</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a preset: its months</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both months must be set.</source>
        <translation>Beide Monate müssen angegeben sein.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>neuroio::OpenMonthProjection</name>
    <message>
        <source>less than a day of the month has passed</source>
        <translation>vom Monat ist noch kein ganzer Tag vergangen</translation>
    </message>
</context>
<context>
    <name>neuroio::OutputTarget</name>
    <message>
        <source>no program is reading this named pipe; start the reader first</source>
        <translation>kein Programm liest aus dieser Named Pipe; starten Sie zuerst das lesende Programm</translation>
    </message>
</context>
<context>
    <name>neuroio::PeriodChange</name>
    <message>
        <source>no data for %1</source>
        <translation>keine Daten für %1</translation>
    </message>
    <message>
        <source>none, as in %1</source>
        <translation>keine, wie in %1</translation>
    </message>
    <message>
        <source>%1 %2 more than in %3, which had none</source>
        <translation>%1 %2 mehr als in %3, wo es keine gab</translation>
    </message>
    <message>
        <source>%1 (%2 %3) against %4</source>
        <comment>a change in percent, its amount and unit, the earlier months</comment>
        <translation>%1 (%2 %3) gegenüber %4</translation>
    </message>
    <message>
        <source>up from none in %1</source>
        <translation>gestiegen von keiner in %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <comment>a change in percent, the earlier months</comment>
        <translation>%1 gegenüber %2</translation>
    </message>
</context>
<context>
    <name>neuroio::PriceList</name>
    <message>
        <source>%1: must be a decimal number, such as &quot;0.25&quot;</source>
        <translation>%1: muss eine Dezimalzahl sein, etwa „0.25“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a decimal number; write it like &quot;0.25&quot;</source>
        <translation>%1: „%2“ ist keine Dezimalzahl; schreiben Sie sie wie „0.25“</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is below 0</source>
        <translation>%1: „%2“ ist kleiner als 0</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than 9 decimal places</source>
        <translation>%1: „%2“ hat mehr als 9 Nachkommastellen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is above %3</source>
        <translation>%1: „%2“ ist größer als %3</translation>
    </message>
    <message>
        <source>%1: must be a list of at least one tier</source>
        <translation>%1: muss eine Liste mit mindestens einer Stufe sein</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.%2: not a tier&apos;s field (up_to, price)</source>
        <translation>%1.%2: kein Feld einer Stufe (up_to, price)</translation>
    </message>
    <message>
        <source>%1.up_to: the last tier has no upper bound; leave up_to out</source>
        <translation>%1.up_to: die letzte Stufe hat keine Obergrenze; lassen Sie up_to weg</translation>
    </message>
    <message>
        <source>%1.up_to: missing; only the last tier has no upper bound</source>
        <translation>%1.up_to: fehlt; nur die letzte Stufe hat keine Obergrenze</translation>
    </message>
    <message>
        <source>%1.up_to: must be at most %2</source>
        <translation>%1.up_to: darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1.up_to: must be a whole number above 0</source>
        <translation>%1.up_to: muss eine ganze Zahl über 0 sein</translation>
    </message>
    <message>
        <source>%1.up_to: must be above the tier before&apos;s, %2</source>
        <translation>%1.up_to: muss über der vorigen Stufe liegen, %2</translation>
    </message>
    <message>
        <source>%1.price: missing</source>
        <translation>%1.price: fehlt</translation>
    </message>
    <message>
        <source>%1.%2: not a price&apos;s field (event_type, per, price, tiers)</source>
        <translation>%1.%2: kein Feld eines Preises (event_type, per, price, tiers)</translation>
    </message>
    <message>
        <source>%1.event_type: missing</source>
        <translation>%1.event_type: fehlt</translation>
    </message>
    <message>
        <source>%1.event_type: &quot;%2&quot; is not an event type (%3)</source>
        <translation>%1.event_type: „%2“ ist kein Ereignistyp (%3)</translation>
    </message>
    <message>
        <source>%1.event_type: %2 has a price already, in prices[%3]</source>
        <translation>%1.event_type: %2 hat schon einen Preis, in prices[%3]</translation>
    </message>
    <message>
        <source>%1.per: must be at most %2</source>
        <translation>%1.per: darf höchstens %2 sein</translation>
    </message>
    <message>
        <source>%1.per: must be a whole number of at least 1</source>
        <translation>%1.per: muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1: has both &quot;price&quot; and &quot;tiers&quot;; give one of them</source>
        <translation>%1: hat „price“ und „tiers“; geben Sie eines davon an</translation>
    </message>
    <message>
        <source>%1: needs a &quot;price&quot; or &quot;tiers&quot;</source>
        <translation>%1: braucht „price“ oder „tiers“</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>not a price list: it must be a JSON object</source>
        <translation>keine Preisliste: sie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>not a price list (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>keine Preisliste („format“ ist nicht „%1“)</translation>
    </message>
    <message>
        <source>price list version %1 is not supported; this version reads %2</source>
        <translation>Preislisten-Version %1 wird nicht unterstützt; diese Version liest %2</translation>
    </message>
    <message>
        <source>%1: not a price list&apos;s field (format, version, currency, minor_unit_digits, prices)</source>
        <translation>%1: kein Feld einer Preisliste (format, version, currency, minor_unit_digits, prices)</translation>
    </message>
    <message>
        <source>currency: missing</source>
        <translation>currency: fehlt</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not an ISO 4217 code (three capital letters, such as &quot;EUR&quot;)</source>
        <translation>currency: „%1“ ist kein ISO-4217-Code (drei Großbuchstaben, etwa „EUR“)</translation>
    </message>
    <message>
        <source>minor_unit_digits: must be a whole number from 0 to %1</source>
        <translation>minor_unit_digits: muss eine ganze Zahl von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>prices: must be a list</source>
        <translation>prices: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a price list file: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ReportContent</name>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Meine Nutzung</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Alle Spaces</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>%1 von %2 Spaces</translation>
    </message>
    <message>
        <source>Selected spaces: %1</source>
        <translation>Ausgewählte Spaces: %1</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>%1 von %2 Ereignistypen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>NeuroIO usage report</source>
        <translation>NeuroIO-Nutzungsbericht</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>not compared: the earlier totals had not come in when the report was made</source>
        <translation>nicht verglichen: die früheren Summen waren noch nicht da, als der Bericht erstellt wurde</translation>
    </message>
    <message>
        <source>not compared with %1: %2</source>
        <comment>the earlier months, why not</comment>
        <translation>nicht mit %1 verglichen: %2</translation>
    </message>
    <message>
        <source>none: %1</source>
        <comment>why there is no forecast</comment>
        <translation>keine: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 to %5)</source>
        <comment>a forecast month: its value, unit and band</comment>
        <translation>%1: %2 %3 (%4 bis %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — from the trend of %n closed months, not part of any total</source>
        <translation>
            <numerusform>%1 — aus dem Trend von %n abgeschlossenen Monat, in keiner Summe enthalten</numerusform>
            <numerusform>%1 — aus dem Trend von %n abgeschlossenen Monaten, in keiner Summe enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the year before</source>
        <translation>Gegenüber dem Jahr davor</translation>
    </message>
    <message>
        <source>Against the months before</source>
        <translation>Gegenüber den Monaten davor</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>Gegenüber einem Jahr davor</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>none: the monthly figures had not come in</source>
        <translation>keine: die Monatswerte waren noch nicht da</translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation>Budget in %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>not checked when the report was made</source>
        <translation>beim Erstellen des Berichts nicht geprüft</translation>
    </message>
    <message>
        <source>none set for %1</source>
        <translation>keines für %1 festgelegt</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Geschätzte Kosten</translation>
    </message>
    <message>
        <source>%1, an estimate from your price list, not a bill</source>
        <comment>an amount of money</comment>
        <translation>%1, eine Schätzung aus Ihrer Preisliste, keine Rechnung</translation>
    </message>
    <message>
        <source>none: your price list has no price for %1</source>
        <translation>keine: Ihre Preisliste hat keinen Preis für %1</translation>
    </message>
    <message>
        <source>Changes, forecasts, budgets and costs</source>
        <translation>Veränderungen, Prognosen, Budgets und Kosten</translation>
    </message>
    <message>
        <source>Changes, forecasts and budgets</source>
        <translation>Veränderungen, Prognosen und Budgets</translation>
    </message>
    <message>
        <source>Changes, forecasts and costs</source>
        <translation>Veränderungen, Prognosen und Kosten</translation>
    </message>
    <message>
        <source>Changes and forecasts</source>
        <translation>Veränderungen und Prognosen</translation>
    </message>
    <message>
        <source>none: no monthly figures of %1 to price</source>
        <translation>keine: keine Monatszahlen von %1 zum Berechnen</translation>
    </message>
</context>
<context>
    <name>neuroio::ResponseParser</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Antwortinhalt ist leer</translation>
    </message>
    <message>
        <source>the body is an HTML page (&quot;%1&quot;), not JSON</source>
        <translation>der Antwortinhalt ist eine HTML-Seite („%1“), kein JSON</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>der Antwortinhalt ist eine HTML-Seite, kein JSON</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>der Antwortinhalt ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wurde ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range for an event type</source>
        <translation>%1 liegt außerhalb des Wertebereichs für Ereignistypen</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>expected a JSON array of spaces</source>
        <translation>erwartet wurde ein JSON-Array von Spaces</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>neuroio::RetryNotice</name>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Ratenbegrenzung: neuer Versuch in %n s</numerusform>
            <numerusform>Ratenbegrenzung: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: retrying in %n s</source>
        <translation>
            <numerusform>Der Server ist ausgelastet: neuer Versuch in %n s</numerusform>
            <numerusform>Der Server ist ausgelastet: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server had a problem (HTTP %1): retrying in %n s</source>
        <translation>
            <numerusform>Der Server hatte ein Problem (HTTP %1): neuer Versuch in %n s</numerusform>
            <numerusform>Der Server hatte ein Problem (HTTP %1): neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection failed: retrying in %n s</source>
        <translation>
            <numerusform>Die Verbindung ist fehlgeschlagen: neuer Versuch in %n s</numerusform>
            <numerusform>Die Verbindung ist fehlgeschlagen: neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited, HTTP 429</source>
        <translation>Ratenbegrenzung, HTTP 429</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>in %1 ms</source>
        <translation>in %1 ms</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <source>try %1 of %2 %3</source>
        <translation>Versuch %1 von %2 %3</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3, as the server asked; other requests wait too</source>
        <translation>%1 fehlgeschlagen (%2): %3, wie vom Server verlangt; andere Anfragen warten ebenfalls</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>%1 fehlgeschlagen (%2): %3</translation>
    </message>
</context>
<context>
    <name>neuroio::SavedView</name>
    <message>
        <source>not a NeuroIO Billing view (&quot;format&quot; is not %1)</source>
        <translation>keine NeuroIO-Billing-Ansicht (&quot;format&quot; ist nicht %1)</translation>
    </message>
    <message>
        <source>view version %1 is not supported; this version reads %2</source>
        <translation>Ansichtsversion %1 wird nicht unterstützt; diese Version liest %2</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>&quot;name&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;account_id&quot; must be an account id or null</source>
        <translation>&quot;account_id&quot; muss eine Konto-ID oder null sein</translation>
    </message>
    <message>
        <source>&quot;range.preset&quot; &quot;%1&quot; is not a known preset</source>
        <translation>&quot;range.preset&quot; „%1“ ist keine bekannte Vorgabe</translation>
    </message>
    <message>
        <source>&quot;range.from&quot;: %1</source>
        <translation>&quot;range.from&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;range.to&quot;: %1</source>
        <translation>&quot;range.to&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;range&quot;: %1</source>
        <translation>&quot;range&quot;: %1</translation>
    </message>
    <message>
        <source>&quot;spaces_ids&quot; must hold space ids</source>
        <translation>&quot;spaces_ids&quot; darf nur Space-IDs enthalten</translation>
    </message>
    <message>
        <source>&quot;event_types&quot; holds an unknown event type</source>
        <translation>&quot;event_types&quot; enthält einen unbekannten Ereignistyp</translation>
    </message>
</context>
<context>
    <name>neuroio::SavedViewStore</name>
    <message>
        <source>%1 is not a view: %2</source>
        <translation>%1 ist keine Ansicht: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a view file: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>eine Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>der Ordner konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>there is no view called &quot;%1&quot;</source>
        <translation>es gibt keine Ansicht namens „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a saved view nor a view file</source>
        <translation>„%1“ ist weder eine gespeicherte Ansicht noch eine Ansichtsdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a saved view nor a view file; saved views: %2</source>
        <translation>„%1“ ist weder eine gespeicherte Ansicht noch eine Ansichtsdatei; gespeicherte Ansichten: %2</translation>
    </message>
</context>
<context>
    <name>neuroio::TotalsExporter</name>
    <message>
        <source>a comparison needs the range&apos;s first and last month (--from and --to)</source>
        <translation>ein Vergleich braucht den ersten und den letzten Monat des Zeitraums (--from und --to)</translation>
    </message>
    <message>
        <source>a forecast goes month by month (--by-month)</source>
        <translation>eine Prognose geht Monat für Monat (--by-month)</translation>
    </message>
    <message>
        <source>no forecast of %1: %2</source>
        <translation>keine Prognose für %1: %2</translation>
    </message>
    <message>
        <source>%1 is not over yet: its totals are partial, compared with whole months</source>
        <translation>%1 ist noch nicht vorbei: seine Summen sind unvollständig und werden mit ganzen Monaten verglichen</translation>
    </message>
    <message>
        <source>estimated_cost is an estimate from your price list (%1), not a bill: each month is priced on its own, rounded to a minor unit</source>
        <translation>estimated_cost ist eine Schätzung aus Ihrer Preisliste (%1), keine Rechnung: jeder Monat wird für sich berechnet und auf eine kleinste Währungseinheit gerundet</translation>
    </message>
    <message>
        <source>a cost is priced month by month: %1</source>
        <translation>Kosten werden Monat für Monat berechnet: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::TotalsLoader</name>
    <message>
        <source>totals by month need both ends of the range (--from and --to)</source>
        <translation>Summen pro Monat brauchen beide Enden des Zeitraums (--from und --to)</translation>
    </message>
</context>
<context>
    <name>neuroio::TrendForecast</name>
    <message>
        <source>no closed month to go on</source>
        <translation>kein abgeschlossener Monat als Grundlage</translation>
    </message>
    <message>
        <source>1 closed month with usage; a forecast needs %1</source>
        <translation>1 abgeschlossener Monat mit Nutzung; eine Prognose braucht %1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed months with usage; a forecast needs %1</source>
        <translation>
            <numerusform>%n abgeschlossener Monat mit Nutzung; eine Prognose braucht %1</numerusform>
            <numerusform>%n abgeschlossene Monate mit Nutzung; eine Prognose braucht %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the range ends before the last closed month, %1</source>
        <translation>der Zeitraum endet vor dem letzten abgeschlossenen Monat, %1</translation>
    </message>
</context>
<context>
    <name>neuroio::UsageAggregator</name>
    <message>
        <source>Others (%1 spaces)</source>
        <translation>Sonstige (%1 Spaces)</translation>
    </message>
    <message>
        <source>Other matches (%1 spaces)</source>
        <translation>Weitere Treffer (%1 Spaces)</translation>
    </message>
</context>
<context>
    <name>neuroio::UsageCache</name>
    <message>
        <source>Could not create the cache folder.</source>
        <translation>Der Cache-Ordner konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not remove this file from the cache.</source>
        <translation>Diese Datei konnte nicht aus dem Cache entfernt werden.</translation>
    </message>
</context>
<context>
    <name>neuroio::UsagePager</name>
    <message>
        <source>the usage changed while it was being read (%1); try again</source>
        <translation>die Nutzungsdaten haben sich während des Lesens geändert (%1); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 rows on a page, more than the %2 asked for</source>
        <translation>%1 Zeilen auf einer Seite, mehr als die angeforderten %2</translation>
    </message>
    <message>
        <source>the next page is on another server (%1)</source>
        <translation>die nächste Seite liegt auf einem anderen Server (%1)</translation>
    </message>
    <message>
        <source>no rows on the first page, though count is %1</source>
        <translation>keine Zeilen auf der ersten Seite, obwohl count %1 ist</translation>
    </message>
    <message>
        <source>count %1 in pages of %2 rows would be %3 pages, more than can be read</source>
        <translation>count %1 in Seiten zu je %2 Zeilen ergäbe %3 Seiten, mehr als gelesen werden können</translation>
    </message>
    <message>
        <source>count went from %1 to %2</source>
        <translation>count änderte sich von %1 auf %2</translation>
    </message>
    <message>
        <source>page %1 had %2 rows instead of %3</source>
        <translation>Seite %1 hatte %2 statt %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows arrived, count said %2</source>
        <translation>%1 Zeilen kamen an, count nannte %2</translation>
    </message>
    <message>
        <source>row id %1 arrived twice</source>
        <translation>Zeilen-ID %1 kam doppelt an</translation>
    </message>
</context>
<context>
    <name>neuroio::ValueAxis</name>
    <message>
        <source>billion %1</source>
        <comment>an axis title: billions of the unit</comment>
        <translation>Mrd. %1</translation>
    </message>
    <message>
        <source>million %1</source>
        <comment>an axis title: millions of the unit</comment>
        <translation>Mio. %1</translation>
    </message>
</context>
<context>
    <name>neuroio::WholeFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>could not make the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CheckCommand</name>
    <message>
        <source>Says where each budget stands in the month open now, by the server&apos;s clock: one line per budget, &quot;ok&quot;, &quot;at risk&quot; or &quot;over&quot;. A monthly limit (API calls) is at risk when the month so far, carried to its end, would pass it; a ceiling (storage, licenses) when the trend of the last closed months crosses it within three months. Meant for cron and CI: it needs no display and no terminal.</source>
        <translation>Sagt, wo jedes Budget im gerade offenen Monat steht, nach der Uhr des Servers: eine Zeile je Budget, „ok“, „gefährdet“ oder „überschritten“. Ein Monatslimit (API-Aufrufe) ist gefährdet, wenn der bisherige Monat, bis zu seinem Ende hochgerechnet, darüber läge; eine Obergrenze (Speicher, Lizenzen), wenn der Trend der letzten abgeschlossenen Monate sie innerhalb von drei Monaten überschreitet. Gedacht für cron und CI: es braucht weder Bildschirm noch Terminal.</translation>
    </message>
    <message>
        <source>Exit codes:
  0    every budget is ok (or at risk, without --warn-exit)
  1    a budget is over (or at risk, with --warn-exit)
  2    bad arguments or an unreadable or malformed budgets file; the
       message names the place
  3    the token was refused, or lacks the permission (not a manager)
  4    network, TLS, timeout or malformed-response error
  130  interrupted (Ctrl+C)</source>
        <translation>Exit-Codes:
  0    jedes Budget ist ok (oder gefährdet, ohne --warn-exit)
  1    ein Budget ist überschritten (oder gefährdet, mit --warn-exit)
  2    falsche Argumente oder eine unlesbare oder fehlerhafte Budgetdatei;
       die Meldung nennt die Stelle
  3    das Token wurde abgelehnt oder hat nicht die Berechtigung (kein Manager)
  4    Netzwerk-, TLS-, Zeitüberschreitungs- oder Antwortformatfehler
  130  abgebrochen (Strg+C)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Check every managed account in turn (manager tokens); each line starts with the account.</source>
        <translation>Jedes verwaltete Konto nacheinander prüfen (Manager-Tokens); jede Zeile beginnt mit dem Konto.</translation>
    </message>
    <message>
        <source>Exit with 1 when a budget is at risk, too.</source>
        <translation>Auch mit 1 beenden, wenn ein Budget gefährdet ist.</translation>
    </message>
    <message>
        <source>--all-accounts and --account exclude each other</source>
        <translation>--all-accounts und --account schließen einander aus</translation>
    </message>
    <message>
        <source>%1 holds no budget</source>
        <translation>%1 enthält kein Budget</translation>
    </message>
    <message>
        <source>--all-accounts: this token manages no account</source>
        <translation>--all-accounts: dieses Token verwaltet kein Konto</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>account %1 (%2): %3</source>
        <comment>an account&apos;s id and name, a budget&apos;s line</comment>
        <translation>Konto %1 (%2): %3</translation>
    </message>
    <message>
        <source>The budgets file (JSON; default: budgets.json beside the saved views, %1).</source>
        <translation>Die Budgetdatei (JSON; Standard: budgets.json neben den gespeicherten Ansichten, %1).</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CommandList</name>
    <message>
        <source>write usage rows or totals as CSV or JSON (no display needed)</source>
        <translation>Nutzungszeilen oder Summen als CSV oder JSON schreiben (keine Anzeige nötig)</translation>
    </message>
    <message>
        <source>write a PDF report with charts and tables (no display needed)</source>
        <translation>einen PDF-Bericht mit Diagrammen und Tabellen schreiben (keine Anzeige nötig)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Without a command, the dashboard opens. &quot;neuroio-billing COMMAND --help&quot; describes a command.</source>
        <translation>Ohne Befehl öffnet sich das Dashboard. „neuroio-billing BEFEHL --help“ beschreibt einen Befehl.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between command names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>say where each budget stands this month; exit 1 when one is over (for cron)</source>
        <translation>sagen, wo jedes Budget in diesem Monat steht; Exit-Code 1, wenn eines überschritten ist (für cron)</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CommandSession</name>
    <message>
        <source>The token comes from the environment variable NEUROIO_API_TOKEN or from --token-file,
never from an argument: other users of this computer can read a process&apos;s arguments.</source>
        <translation>Das Token stammt aus der Umgebungsvariable NEUROIO_API_TOKEN oder aus --token-file,
nie aus einem Argument: Andere Benutzer dieses Computers können die Argumente eines Prozesses lesen.</translation>
    </message>
    <message>
        <source>Exit codes:
  0    done
  2    bad arguments (a malformed month, a reversed range, an unknown event type,
       an unreadable token file, ...); the message names the argument
  3    the token was refused, or lacks the permission (not a manager)
  4    network, TLS, timeout or malformed-response error; the message says which
  5    the output could not be written (a full disk, a missing folder)
  6    --accounts-overview only: written, but some accounts could not be read;
       their rows say &quot;unavailable&quot;, and totals and shares are over the rest
       (when none could be read, or the token was refused, nothing is written
       and the code is 4 or 3)
  130  interrupted (Ctrl+C)
Failed requests are tried again first (see --max-retries). After any failure or
an interrupt, nothing is written: no output file is left behind, an earlier file
of the same name is left as it was, and standard output, a pipe or a device gets
nothing (their output waits in a temporary file until it is whole).</source>
        <translation>Exit-Codes:
  0    erledigt
  2    ungültige Argumente (ein fehlerhafter Monat, ein umgekehrter Zeitraum, ein unbekannter
       Ereignistyp, eine nicht lesbare Token-Datei, ...); die Meldung nennt das Argument
  3    das Token wurde abgelehnt oder hat nicht die Berechtigung (kein Manager)
  4    Netzwerk-, TLS-, Zeitüberschreitungs- oder Antwortformatfehler; die Meldung nennt ihn
  5    die Ausgabe konnte nicht geschrieben werden (volle Festplatte, fehlender Ordner)
  6    nur --accounts-overview: geschrieben, aber einige Konten konnten nicht gelesen werden;
       ihre Zeilen enthalten &quot;unavailable&quot;, Summen und Anteile beziehen sich auf die übrigen
       (konnte keines gelesen werden oder wurde das Token abgelehnt, wird nichts
       geschrieben und der Code ist 4 oder 3)
  130  unterbrochen (Strg+C)
Fehlgeschlagene Anfragen werden zunächst wiederholt (siehe --max-retries). Nach einem
Fehler oder einer Unterbrechung wird nichts geschrieben: Es bleibt keine Ausgabedatei
zurück, eine frühere Datei gleichen Namens bleibt unverändert, und die Standardausgabe,
eine Pipe oder ein Gerät erhält nichts (die Ausgabe wartet in einer temporären Datei,
bis sie vollständig ist).</translation>
    </message>
    <message>
        <source>NeuroIO server (default %1).</source>
        <translation>NeuroIO-Server (Standard: %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the token from this file instead of NEUROIO_API_TOKEN.</source>
        <translation>Das Token aus dieser Datei statt aus NEUROIO_API_TOKEN lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Use a local server with generated demo data, started in-process.</source>
        <translation>Einen lokalen Server mit generierten Demodaten im selben Prozess starten.</translation>
    </message>
    <message>
        <source>Give up on a request when nothing has arrived for this many seconds (default %1).</source>
        <translation>Eine Anfrage aufgeben, wenn so viele Sekunden lang nichts angekommen ist (Standard: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Try a failed request again up to N times (default %1): after 429 and 503 as long as the server&apos;s Retry-After asks (at most 60 s), after other 5xx, 408, cut connections and timeouts with a growing random wait. 0: never.</source>
        <translation>Eine fehlgeschlagene Anfrage bis zu N-mal wiederholen (Standard: %1): nach 429 und 503 so lange, wie Retry-After des Servers verlangt (höchstens 60 s), nach anderen 5xx, 408, abgebrochenen Verbindungen und Zeitüberschreitungen mit wachsender zufälliger Wartezeit. 0: nie.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep at most N requests in flight at once (default %1, at most %2). It starts at 4 and grows while the server answers fast; it halves when the server answers 429 or 503.</source>
        <translation>Höchstens N Anfragen gleichzeitig ausführen (Standard: %1, höchstens %2). Es beginnt mit 4 und steigt, solange der Server schnell antwortet; antwortet der Server mit 429 oder 503, halbiert es sich.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--demo and --base-url exclude each other</source>
        <translation>--demo und --base-url schließen einander aus</translation>
    </message>
    <message>
        <source>--demo: the local server did not start: %1</source>
        <translation>--demo: Der lokale Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not a URL; give the whole address, such as https://iam.neuroio.com</source>
        <translation>--base-url: „%1“ ist keine URL; geben Sie die vollständige Adresse an, etwa https://iam.neuroio.com</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>%1 (--token-file)</source>
        <translation>%1 (--token-file)</translation>
    </message>
    <message>
        <source>--token-file: %1 is empty</source>
        <translation>--token-file: %1 ist leer</translation>
    </message>
    <message>
        <source>no token: set NEUROIO_API_TOKEN or use --token-file (or --demo for demo data)</source>
        <translation>kein Token: Setzen Sie NEUROIO_API_TOKEN oder verwenden Sie --token-file (oder --demo für Demodaten)</translation>
    </message>
    <message>
        <source>months %1 to %2 (%3)</source>
        <translation>Monate %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>--spaces: %1 is not among this account&apos;s %2 spaces; it adds no rows.</source>
        <translation>--spaces: %1 gehört nicht zu den %2 Spaces dieses Kontos; es kommen keine Zeilen hinzu.</translation>
    </message>
</context>
<context>
    <name>neuroio::app::DashboardCommand</name>
    <message>
        <source>See, chart and export NeuroIO usage.</source>
        <translation>NeuroIO-Nutzung ansehen, grafisch darstellen und exportieren.</translation>
    </message>
    <message>
        <source>The token comes from the environment variable NEUROIO_API_TOKEN, never from an argument (other users can read a process&apos;s arguments).

The filter options set what the dashboard shows first; --from alone runs to the end of the default range (or the view&apos;s), --to alone keeps its length. With --demo or --screenshot the dashboard starts from its defaults and these options only, never from filters remembered from an earlier session, so the same command gives the same picture.</source>
        <translation>Das Token stammt aus der Umgebungsvariable NEUROIO_API_TOKEN, nie aus einem Argument (andere Benutzer können die Argumente eines Prozesses lesen).

Die Filteroptionen legen fest, was das Dashboard zuerst anzeigt; --from allein reicht bis zum Ende des Standardzeitraums (oder des Zeitraums der Ansicht), --to allein behält dessen Länge bei. Mit --demo oder --screenshot startet das Dashboard nur mit seinen Standardwerten und diesen Optionen, nie mit Filtern, die aus einer früheren Sitzung gespeichert sind; so ergibt derselbe Befehl dasselbe Bild.</translation>
    </message>
    <message>
        <source>%1; none opens the dashboard.</source>
        <translation>%1; ohne Befehl öffnet sich das Dashboard.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>Start a local server with generated data and show it.</source>
        <translation>Einen lokalen Server mit generierten Daten starten und diese anzeigen.</translation>
    </message>
    <message>
        <source>NeuroIO server (default %1).</source>
        <translation>NeuroIO-Server (Standard: %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>When everything has loaded, save the window as a PNG and exit.</source>
        <translation>Wenn alles geladen ist, das Fenster als PNG speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The chart shown first: %1 (the first is the default).</source>
        <translation>Das zuerst angezeigte Diagramm: %1 (das erste ist der Standard).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Read every month from the server; keep nothing on disk.</source>
        <translation>Jeden Monat vom Server lesen; nichts auf der Festplatte speichern.</translation>
    </message>
    <message>
        <source>Seconds to wait for loading before giving up (default 15).</source>
        <translation>Sekunden, die auf das Laden gewartet wird, bevor aufgegeben wird (Standard: 15).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>%1 See neuroio-billing --help.</source>
        <translation>%1 Siehe neuroio-billing --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--chart must be %1, not &quot;%2&quot;</source>
        <translation>--chart muss %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between chart names</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>--screenshot-timeout must be a whole number of seconds</source>
        <translation>--screenshot-timeout muss eine ganze Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other</source>
        <translation>--demo und --server schließen einander aus</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>no display found (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it under a virtual display, for example:
  xvfb-run -a %1 --demo --screenshot dashboard.png
or use a command that needs none: neuroio-billing export, neuroio-billing report.
</source>
        <translation>keine Anzeige gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Führen Sie es auf einer virtuellen Anzeige aus, zum Beispiel:
  xvfb-run -a %1 --demo --screenshot dashboard.png
oder verwenden Sie einen Befehl, der keine Anzeige braucht: neuroio-billing export, neuroio-billing report.
</translation>
    </message>
    <message>
        <source>the demo server did not start: %1</source>
        <translation>der Demo-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>demo data on %1</source>
        <translation>Demodaten auf %1</translation>
    </message>
    <message>
        <source>Once the dashboard has loaded, open the accounts overview (manager tokens).</source>
        <translation>Sobald das Dashboard geladen ist, die Kontenübersicht öffnen (Manager-Tokens).</translation>
    </message>
    <message>
        <source>Estimate costs from this price list (JSON) in this run; View &gt; Prices keeps one.</source>
        <translation>Kosten in diesem Lauf aus dieser Preisliste (JSON) schätzen; Ansicht &gt; Preise behält eine.</translation>
    </message>
    <message>
        <source>The budgets file to show and edit (default: budgets.json beside the saved views).</source>
        <translation>Die anzuzeigende und zu bearbeitende Budgetdatei (Standard: budgets.json neben den gespeicherten Ansichten).</translation>
    </message>
    <message>
        <source>--prices: %1</source>
        <translation>--prices: %1</translation>
    </message>
    <message>
        <source>Draw earlier months over the trend charts, dotted: &quot;previous&quot; (the months just before) or &quot;year&quot; (a year earlier).</source>
        <translation>Frühere Monate gepunktet über die Trenddiagramme zeichnen: „previous“ (die Monate direkt davor) oder „year“ (ein Jahr früher).</translation>
    </message>
    <message>
        <source>previous|year</source>
        <translation>previous|year</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a comparison; use previous or year</source>
        <translation>--compare: „%1“ ist kein Vergleich; verwenden Sie previous oder year</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ExportCommand</name>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json</source>
        <translation>--format: „%1“ ist kein Format; verwenden Sie csv oder json</translation>
    </message>
    <message>
        <source>--delimiter applies to CSV only</source>
        <translation>--delimiter gilt nur für CSV</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not a delimiter; use , or ; or tab</source>
        <translation>--delimiter: „%1“ ist kein Trennzeichen; verwenden Sie , oder ; oder tab</translation>
    </message>
    <message>
        <source>--bom applies to CSV only</source>
        <translation>--bom gilt nur für CSV</translation>
    </message>
    <message>
        <source>--locale-numbers applies to CSV only</source>
        <translation>--locale-numbers gilt nur für CSV</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>unterbrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1. Nothing was written.</source>
        <translation>%1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>written, but incomplete: %1 of %2 accounts could not be read: %3. Their rows say &quot;unavailable&quot; with the reason in the &quot;error&quot; column; the totals and shares are over the %4 that answered.</source>
        <translation>geschrieben, aber unvollständig: %1 von %2 Konten konnten nicht gelesen werden: %3. Ihre Zeilen enthalten &quot;unavailable&quot; und den Grund in der Spalte &quot;error&quot;; Summen und Anteile beziehen sich auf die %4, die geantwortet haben.</translation>
    </message>
    <message>
        <source>Writes NeuroIO usage, every row of every page, or its totals, as CSV or JSON.</source>
        <translation>Schreibt die NeuroIO-Nutzung – jede Zeile jeder Seite – oder ihre Summen als CSV oder JSON.</translation>
    </message>
    <message>
        <source>Write the totals per event type (from the total endpoint) instead of the usage rows.</source>
        <translation>Die Summen pro Ereignistyp (vom Summen-Endpunkt) statt der Nutzungszeilen schreiben.</translation>
    </message>
    <message>
        <source>Write every managed account side by side: each one&apos;s totals per event type and its share (manager tokens).</source>
        <translation>Alle verwalteten Konten nebeneinander schreiben: die Summen jedes Kontos pro Ereignistyp und seinen Anteil (Manager-Tokens).</translation>
    </message>
    <message>
        <source>With --totals: one total per month and event type (needs --from and --to).</source>
        <translation>Mit --totals: eine Summe pro Monat und Ereignistyp (erfordert --from und --to).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV delimiter: , (default), ; or tab.</source>
        <translation>CSV-Trennzeichen: , (Standard), ; oder tab.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>Die CSV-Datei mit einer UTF-8-Bytereihenfolgemarke (BOM) beginnen (für Tabellenkalkulationen).</translation>
    </message>
    <message>
        <source>Write CSV numbers in this computer&apos;s locale instead of plain ones.</source>
        <translation>CSV-Zahlen im Gebietsschema dieses Computers statt als einfache Zahlen schreiben.</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (default -).</source>
        <translation>Die zu schreibende Datei oder - für die Standardausgabe (Standard: -).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Ask for N usage rows a page (default %1, 1 to %2); the server may send fewer.</source>
        <translation>N Nutzungszeilen pro Seite anfordern (Standard: %1, 1 bis %2); der Server kann weniger senden.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--page-size muss eine ganze Zahl von 1 bis %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>--page-size is for usage rows: it goes without --totals and --accounts-overview</source>
        <translation>--page-size gilt für Nutzungszeilen: Es ist nicht mit --totals und --accounts-overview kombinierbar</translation>
    </message>
    <message>
        <source>--by-month goes with --totals</source>
        <translation>--by-month ist nur zusammen mit --totals möglich</translation>
    </message>
    <message>
        <source>--accounts-overview covers every account: it goes without --totals, --account and --spaces</source>
        <translation>--accounts-overview umfasst alle Konten: Es ist nicht mit --totals, --account und --spaces kombinierbar</translation>
    </message>
    <message>
        <source>rows %1 of %2</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>With --totals: add each total for earlier months and the change: &quot;previous&quot; (the months just before the range, as many; by month, the month before) or &quot;year&quot; (the same months a year earlier).</source>
        <translation>Mit --totals: jede Summe für frühere Monate und die Veränderung hinzufügen: „previous“ (die Monate direkt vor dem Zeitraum, ebenso viele; nach Monaten der Vormonat) oder „year“ (dieselben Monate ein Jahr davor).</translation>
    </message>
    <message>
        <source>previous|year</source>
        <translation>previous|year</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a comparison; use previous or year</source>
        <translation>--compare: „%1“ ist kein Vergleich; previous oder year verwenden</translation>
    </message>
    <message>
        <source>--compare goes with --totals</source>
        <translation>--compare gehört zu --totals</translation>
    </message>
    <message>
        <source>With --totals --by-month: after the months, three forecast months per event type (the trend of the range&apos;s closed months; rows of kind &quot;forecast&quot;, with forecast_low and forecast_high), never part of a total.</source>
        <translation>Mit --totals --by-month: nach den Monaten drei Prognosemonate je Ereignistyp (der Trend der abgeschlossenen Monate des Zeitraums; Zeilen der Art „forecast“, mit forecast_low und forecast_high), nie Teil einer Summe.</translation>
    </message>
    <message>
        <source>--forecast goes with --totals --by-month</source>
        <translation>--forecast gehört zu --totals --by-month</translation>
    </message>
    <message>
        <source>--prices: %1</source>
        <translation>--prices: %1</translation>
    </message>
    <message>
        <source>estimated_cost is an estimate from your price list (%1), not a bill: each account&apos;s months are priced on their own, rounded to a minor unit, and summed over the event types your list prices</source>
        <translation>estimated_cost ist eine Schätzung aus Ihrer Preisliste (%1), keine Rechnung: die Monate jedes Kontos werden einzeln berechnet, auf eine kleinste Währungseinheit gerundet und über die Ereignistypen summiert, die Ihre Liste bepreist</translation>
    </message>
    <message>
        <source>With --totals or --accounts-overview: add estimated_cost and currency, the cost at the prices in this price list (JSON): an estimate, each month priced on its own (for the overview, each account&apos;s, summed over the event types the list prices).</source>
        <translation>Mit --totals oder --accounts-overview: estimated_cost und currency hinzufügen, die Kosten zu den Preisen dieser Preisliste (JSON): eine Schätzung, jeder Monat für sich berechnet (in der Übersicht die jedes Kontos, summiert über die Ereignistypen, die die Liste bepreist).</translation>
    </message>
    <message>
        <source>--prices goes with --totals or --accounts-overview</source>
        <translation>--prices gehört zu --totals oder --accounts-overview</translation>
    </message>
</context>
<context>
    <name>neuroio::app::FilterArguments</name>
    <message>
        <source>--%1: %2</source>
        <comment>an option: what is wrong with its value</comment>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--spaces: &quot;%1&quot; is not a space id</source>
        <translation>--spaces: „%1“ ist keine Space-ID</translation>
    </message>
    <message>
        <source>--event-types: &quot;%1&quot; is not an event type; use %2, or 1 to %3</source>
        <translation>--event-types: „%1“ ist kein Ereignistyp; verwenden Sie %2 oder 1 bis %3</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not an account id</source>
        <translation>--account: „%1“ ist keine Konto-ID</translation>
    </message>
    <message>
        <source>First month, YYYY-MM.</source>
        <translation>Erster Monat, YYYY-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Letzter Monat, YYYY-MM.</translation>
    </message>
    <message>
        <source>Space ids, comma-separated (default: all).</source>
        <translation>Space-IDs, durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Event types by name (%1) or number (1-%2), comma-separated (default: all).</source>
        <translation>Ereignistypen nach Name (%1) oder Nummer (1-%2), durch Kommas getrennt (Standard: alle).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>A managed account&apos;s id (manager tokens); default: your own usage.</source>
        <translation>Die ID eines verwalteten Kontos (Manager-Tokens); Standard: Ihre eigene Nutzung.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Start from a saved view (its name, or a view file): its scope, months (a relative range resolves today), spaces and event types. Other options override it.</source>
        <translation>Von einer gespeicherten Ansicht ausgehen (ihr Name oder eine Ansichtsdatei): ihr Umfang, ihre Monate (ein relativer Zeitraum wird auf heute bezogen), Spaces und Ereignistypen. Andere Optionen haben Vorrang.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>Name|Datei</translation>
    </message>
    <message>
        <source>--view: %1</source>
        <translation>--view: %1</translation>
    </message>
    <message>
        <source>--from and --to: %1</source>
        <translation>--from und --to: %1</translation>
    </message>
    <message>
        <source>--from and --to</source>
        <translation>--from und --to</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <source>the default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>--from, to the end of %1</source>
        <translation>--from, Ende gemäß %1</translation>
    </message>
    <message>
        <source>--to, keeping the length of %1</source>
        <translation>--to, Länge gemäß %1</translation>
    </message>
</context>
<context>
    <name>neuroio::app::Main</name>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>„%1“ ist kein Befehl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command (did you mean &quot;%2&quot;?).</source>
        <translation>„%1“ ist kein Befehl (meinten Sie „%2“?).</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ReportCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>unterbrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>wrote a %1-page report to %2</source>
        <translation>%1-seitigen Bericht nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Writes a PDF report of NeuroIO usage for a range of months: totals per event type, each against the months before and a year earlier, the forecast of the next three months, the monthly trend, the usage by space, and every space; with --budgets, where each budget stands this month; with --prices, the estimated cost.</source>
        <translation>Schreibt einen PDF-Bericht über die NeuroIO-Nutzung für einen Zeitraum von Monaten: Summen pro Ereignistyp, jeweils gegenüber den Monaten davor und einem Jahr davor, die Prognose der nächsten drei Monate, den monatlichen Verlauf, die Nutzung nach Space und jeden einzelnen Space; mit --budgets, wo jedes Budget in diesem Monat steht; mit --prices die geschätzten Kosten.</translation>
    </message>
    <message>
        <source>Add each event type&apos;s estimated cost over the range at the prices in this price list (JSON): an estimate, each month priced on its own.</source>
        <translation>Die geschätzten Kosten jedes Ereignistyps über den Zeitraum zu den Preisen dieser Preisliste (JSON) hinzufügen: eine Schätzung, jeder Monat für sich berechnet.</translation>
    </message>
    <message>
        <source>Add where each budget in this file (JSON, as for check) stands in the month open now, by the server&apos;s clock.</source>
        <translation>Hinzufügen, wo jedes Budget dieser Datei (JSON, wie für check) im jetzt offenen Monat steht, nach der Uhr des Servers.</translation>
    </message>
    <message>
        <source>--prices: %1</source>
        <translation>--prices: %1</translation>
    </message>
    <message>
        <source>--budgets: %1</source>
        <translation>--budgets: %1</translation>
    </message>
    <message>
        <source>--budgets: %1 holds no budget</source>
        <translation>--budgets: %1 enthält kein Budget</translation>
    </message>
    <message>
        <source>the budgets could not be checked: %1 Nothing was written.</source>
        <translation>die Budgets konnten nicht geprüft werden: %1 Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ScreenshotTaker</name>
    <message>
        <source>the dashboard did not finish loading within %1 s</source>
        <translation>das Dashboard wurde nicht innerhalb von %1 s fertig geladen</translation>
    </message>
    <message>
        <source>saved %1, but loading failed: %2</source>
        <translation>%1 gespeichert, aber das Laden ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>saved %1: the first screen</source>
        <translation>%1 gespeichert: der Startbildschirm</translation>
    </message>
    <message>
        <source>saved %1: %2, %3, %4</source>
        <translation>%1 gespeichert: %2, %3, %4</translation>
    </message>
    <message>
        <source>saved %1: the accounts overview; %2</source>
        <translation>%1 gespeichert: die Kontenübersicht; %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::AccountsOverviewModel</name>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The totals leave out the accounts that could not be read.</source>
        <translation>Die Summen lassen die Konten aus, die nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>%1 %2 in %3, all accounts together</source>
        <translation>%1 %2 im Monat %3, alle Konten zusammen</translation>
    </message>
    <message>
        <source>%1 %2, all accounts together</source>
        <translation>%1 %2, alle Konten zusammen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open this account&apos;s dashboard</source>
        <translation>Doppelklicken Sie, um das Dashboard dieses Kontos zu öffnen</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>The server sent no figure</source>
        <translation>Der Server hat keinen Wert gesendet</translation>
    </message>
    <message>
        <source>%1 %2 in %3 · average %4 · %5 %6 over %7</source>
        <translation>%1 %2 im Monat %3 · Durchschnitt %4 · %5 %6 über %7</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a quantity and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an event type in a month</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an event type (the unit of its total)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each account&apos;s share of all %1</source>
        <translation>Anteil jedes Kontos an der Gesamtsumme (%1)</translation>
    </message>
    <message>
        <source>%1 is a level: each account&apos;s level in the range&apos;s last month. Hover a number for its average and its total in %2.</source>
        <translation>%1 ist eine Bestandsgröße: der Bestand jedes Kontos im letzten Monat des Zeitraums. Zeigen Sie mit der Maus auf eine Zahl, um ihren Durchschnitt und ihre Summe in %2 zu sehen.</translation>
    </message>
    <message>
        <source>%1, each account&apos;s total over the range</source>
        <translation>%1, Summe jedes Kontos über den Zeitraum</translation>
    </message>
    <message>
        <source>Total (incomplete: %L1 unavailable)</source>
        <translation>Summe (unvollständig: %L1 nicht verfügbar)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>vorher keine</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>The months before could not be read: %1</source>
        <translation>Die Monate davor konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>%1: each account&apos;s average level against %2, the months before the range, as many</source>
        <translation>%1: der durchschnittliche Stand jedes Kontos gegenüber %2, ebenso vielen Monaten vor dem Zeitraum</translation>
    </message>
    <message>
        <source>%1: each account&apos;s total against %2, the months before the range, as many</source>
        <translation>%1: die Summe jedes Kontos gegenüber %2, ebenso vielen Monaten vor dem Zeitraum</translation>
    </message>
    <message>
        <source>none, as before</source>
        <translation>keine, wie vorher</translation>
    </message>
    <message>
        <source>%1 over %2, all accounts together: an estimate from your price list, not a bill</source>
        <translation>%1 für %2, alle Konten zusammen: eine Schätzung aus Ihrer Preisliste, keine Rechnung</translation>
    </message>
    <message>
        <source>%1 over %2: an estimate from your price list, not a bill</source>
        <translation>%1 für %2: eine Schätzung aus Ihrer Preisliste, keine Rechnung</translation>
    </message>
    <message>
        <source>Estimated cost (from your price list)</source>
        <translation>Geschätzte Kosten (aus Ihrer Preisliste)</translation>
    </message>
    <message>
        <source>An estimate from your price list (%1), not a bill: each account&apos;s cost over %2, every month priced on its own and rounded to a minor unit, summed over the event types your list prices</source>
        <translation>Eine Schätzung aus Ihrer Preisliste (%1), keine Rechnung: die Kosten jedes Kontos für %2, jeder Monat für sich berechnet und auf eine kleinste Währungseinheit gerundet, summiert über die Ereignistypen, die Ihre Liste bepreist</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::AccountsOverviewPage</name>
    <message>
        <source>Accounts overview</source>
        <translation>Kontenübersicht</translation>
    </message>
    <message>
        <source>Accounts overview status</source>
        <translation>Status der Kontenübersicht</translation>
    </message>
    <message>
        <source>← Back to the dashboard</source>
        <translation>← Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Zurück zum Dashboard</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the accounts overview</source>
        <translation>Kontenübersicht exportieren</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Verwaltete Konten</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts.</source>
        <translation>Dieses Token kann keine verwalteten Konten lesen.</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation>Die Konten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>This manager manages no accounts.</source>
        <translation>Dieser Manager verwaltet keine Konten.</translation>
    </message>
    <message>
        <source>Accounts overview: %1</source>
        <translation>Kontenübersicht: %1</translation>
    </message>
    <message>
        <source>Listing the managed accounts…</source>
        <translation>Verwaltete Konten werden aufgelistet…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the overview to %1</source>
        <translation>Übersicht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Reading each account&apos;s totals: %L1 of %L2…</source>
        <translation>Summen der Konten werden gelesen: %L1 von %L2…</translation>
    </message>
    <message>
        <source>Incomplete: %L1 of %L2 accounts could not be read; they show &quot;unavailable&quot;, and the totals and shares are over the %L3 that answered. Hover one for the reason.</source>
        <translation>Unvollständig: %L1 von %L2 Konten konnten nicht gelesen werden; sie zeigen „nicht verfügbar“, und Summen und Anteile beziehen sich auf die %L3, die geantwortet haben. Zeigen Sie auf eines, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>%L1 accounts. Double-click one to open its dashboard.</source>
        <translation>Konten: %L1. Doppelklicken Sie auf eines, um sein Dashboard zu öffnen.</translation>
    </message>
    <message>
        <source>Growth: each total against %1, as many months just before.</source>
        <translation>Wachstum: jede Summe gegenüber %1, ebenso vielen Monaten direkt davor.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BreakdownChart</name>
    <message>
        <source>The numbers of the space pointed at</source>
        <translation>Die Werte des Spaces unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Usage by space</source>
        <translation>Nutzung nach Space</translation>
    </message>
    <message>
        <source>Hover over or click a bar for its numbers.</source>
        <translation>Zeigen Sie auf einen Balken oder klicken Sie darauf, um seine Werte zu sehen.</translation>
    </message>
    <message>
        <source>%1 (space %2)</source>
        <translation>%1 (Space %2)</translation>
    </message>
    <message>
        <source>share of the total of every space</source>
        <translation>Anteil an der Summe aller Spaces</translation>
    </message>
    <message>
        <source>Scrolls when the bars do not fit. The menu key saves the chart as a picture.</source>
        <translation>Rollt, wenn die Balken nicht hineinpassen. Die Menütaste speichert das Diagramm als Bild.</translation>
    </message>
    <message>
        <source>%1 Double-click to show only this space.</source>
        <comment>a space&apos;s numbers, then this</comment>
        <translation>%1 Doppelklicken, um nur diesen Space zu zeigen.</translation>
    </message>
    <message>
        <source>%1 Use the Table button for the numbers.</source>
        <comment>a summary of the chart first</comment>
        <translation>%1 Die Zahlen zeigt die Schaltfläche „Tabelle“.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BudgetActions</name>
    <message>
        <source>The budgets could not be checked: %1</source>
        <translation>Die Budgets konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Budgets saved to %1.</source>
        <translation>Budgets gespeichert in %1.</translation>
    </message>
    <message>
        <source>B&amp;udgets…</source>
        <translation>B&amp;udgets…</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BudgetAlerts</name>
    <message>
        <source>%1: %2</source>
        <comment>a budget state: the budgets&apos; titles</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BudgetsDialog</name>
    <message>
        <source>&amp;Add Budget</source>
        <translation>Budget &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Jeder Space</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>%1 von %2 Spaces</translation>
    </message>
    <message>
        <source>Spaces: %1</source>
        <translation>Spaces: %1</translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation>Keine Spaces</translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>Spaces durchsuchen</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>Kept in %1, which &quot;neuroio-billing check&quot; reads too. A budget on API calls is a limit on each month&apos;s sum; one on storage or licences, a ceiling on each month&apos;s level.</source>
        <translation>Gespeichert in %1, das auch „neuroio-billing check“ liest. Ein Budget für API-Aufrufe begrenzt die Summe jedes Monats; eines für Speicher oder Lizenzen ist eine Obergrenze für den Stand jedes Monats.</translation>
    </message>
    <message>
        <source>Budget name</source>
        <translation>Name des Budgets</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>Ereignis&amp;typ:</translation>
    </message>
    <message>
        <source>S&amp;paces:</source>
        <translation>S&amp;paces:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Grenze:</translation>
    </message>
    <message>
        <source>The budgets file could not be read, so none are listed: %1. Saving replaces it.</source>
        <translation>Die Budgetdatei konnte nicht gelesen werden, daher ist keines aufgeführt: %1. Speichern ersetzt sie.</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>Add a budget to set its limit.</source>
        <translation>Fügen Sie ein Budget hinzu, um seine Grenze festzulegen.</translation>
    </message>
    <message>
        <source>A ceiling on the month&apos;s level: over once a month&apos;s level is above it, at risk when the trend crosses it within three months.</source>
        <translation>Eine Obergrenze für den Stand des Monats: überschritten, sobald der Stand eines Monats darüber liegt, gefährdet, wenn der Trend sie innerhalb von drei Monaten kreuzt.</translation>
    </message>
    <message>
        <source>A limit on the month&apos;s sum: over once the month so far is above it, at risk when the month is on course to pass it.</source>
        <translation>Eine Grenze für die Summe des Monats: überschritten, sobald der bisherige Monat darüber liegt, gefährdet, wenn der Monat auf Kurs ist, sie zu überschreiten.</translation>
    </message>
    <message>
        <source>%1: no limit yet</source>
        <comment>a budget</comment>
        <translation>%1: noch keine Grenze</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no limit: set one above 0, or remove the budget.</source>
        <translation>„%1“ hat keine Grenze: Legen Sie eine über 0 fest oder entfernen Sie das Budget.</translation>
    </message>
    <message>
        <source>The budgets were not saved: %1</source>
        <translation>Die Budgets wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source> %1 a month</source>
        <comment>a limit&apos;s unit</comment>
        <translation> %1 im Monat</translation>
    </message>
    <message>
        <source>%1: ceiling %2 %3</source>
        <comment>a budget: its ceiling and unit</comment>
        <translation>%1: Obergrenze %2 %3</translation>
    </message>
    <message>
        <source>%1: %2 %3 a month</source>
        <comment>a budget: its limit and unit</comment>
        <translation>%1: %2 %3 im Monat</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ChartImage</name>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation>das Bild konnte nicht als PNG kodiert werden</translation>
    </message>
    <message>
        <source>NeuroIO Billing</source>
        <translation>NeuroIO Billing</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ChartSummary</name>
    <message>
        <source>%1: no usage in these months.</source>
        <translation>%1: keine Nutzung in diesen Monaten.</translation>
    </message>
    <message>
        <source>%1: %2 in %3, the only month with usage.</source>
        <comment>an event type: a number in a month</comment>
        <translation>%1: %2 im Monat %3, dem einzigen Monat mit Nutzung.</translation>
    </message>
    <message>
        <source>%1 rose from 0 in %2 to %3 in %4.</source>
        <translation>%1 stieg von 0 im Monat %2 auf %3 im Monat %4.</translation>
    </message>
    <message>
        <source>%1 unchanged from %2 to %3, at %4.</source>
        <translation>%1 unverändert von %2 bis %3, bei %4.</translation>
    </message>
    <message>
        <source>%1 rose %2 from %3 to %4.</source>
        <comment>an event type rose 12 % from a month to a month</comment>
        <translation>%1 stieg um %2 von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1 fell %2 from %3 to %4.</source>
        <comment>an event type fell 12 % from a month to a month</comment>
        <translation>%1 fiel um %2 von %3 bis %4.</translation>
    </message>
    <message>
        <source>%1 by space: no usage.</source>
        <translation>%1 nach Space: keine Nutzung.</translation>
    </message>
    <message>
        <source>%1 by space: the largest share is %2, with %3 of the total.</source>
        <comment>an event type; a space; a percentage</comment>
        <translation>%1 nach Space: den größten Anteil hat %2, mit %3 der Summe.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ConnectDialog</name>
    <message>
        <source>API &amp;token</source>
        <translation>API-&amp;Token</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>&amp;Benutzername und Passwort</translation>
    </message>
    <message>
        <source>Connect to NeuroIO</source>
        <translation>Mit NeuroIO verbinden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>An access or manager token</source>
        <translation>Ein Zugriffs- oder Manager-Token</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Geben Sie ein API-Token ein.</translation>
    </message>
    <message>
        <source>Enter a username and a password.</source>
        <translation>Geben Sie einen Benutzernamen und ein Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ConnectionSettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for</source>
        <translation>Aufgeben, wenn so lange nichts ankommt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Try a failed request again</source>
        <translation>Fehlgeschlagene Anfrage wiederholen</translation>
    </message>
    <message>
        <source>Requests at once, at most</source>
        <translation>Gleichzeitige Anfragen, höchstens</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Keep nothing</source>
        <translation>Nichts speichern</translation>
    </message>
    <message>
        <source>Closed months kept on this computer, at most</source>
        <translation>Auf diesem Computer gespeicherte abgeschlossene Monate, höchstens</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for:</source>
        <translation>Aufgeben, wenn so lange nichts ankommt:</translation>
    </message>
    <message>
        <source>Try a failed request again, at most:</source>
        <translation>Fehlgeschlagene Anfrage wiederholen, höchstens:</translation>
    </message>
    <message>
        <source>Requests at once, at most:</source>
        <translation>Gleichzeitige Anfragen, höchstens:</translation>
    </message>
    <message>
        <source>Closed months kept on this computer, at most:</source>
        <translation>Auf diesem Computer gespeicherte abgeschlossene Monate, höchstens:</translation>
    </message>
    <message>
        <source>A request is tried again when the server is busy (429 or 503: as long as its Retry-After asks, at most 60 s), has a passing problem (other 5xx, 408), or the connection breaks. Refusals such as a wrong token are never tried again. Loading starts with 4 requests at once and asks for more while the server answers fast, half as many when it says it is busy. A month that ended more than a day ago no longer changes: its usage is kept on this computer, for this server and token only, and read from there next time.</source>
        <translation>Eine Anfrage wird wiederholt, wenn der Server ausgelastet ist (429 oder 503: so lange, wie sein Retry-After verlangt, höchstens 60 s), ein vorübergehendes Problem hat (andere 5xx, 408) oder die Verbindung abbricht. Ablehnungen wie ein falsches Token werden nie wiederholt. Das Laden beginnt mit 4 gleichzeitigen Anfragen und erhöht die Zahl, solange der Server schnell antwortet; meldet er, dass er ausgelastet ist, halbiert sie sich. Ein Monat, der vor mehr als einem Tag geendet hat, ändert sich nicht mehr: Seine Nutzung wird auf diesem Computer gespeichert, nur für diesen Server und dieses Token, und beim nächsten Mal von dort gelesen.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardController</name>
    <message>
        <source>%1 is not over yet, so its total is partial</source>
        <translation>%1 ist noch nicht vorbei, seine Summe ist also unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>not drawn for more than %n months</source>
        <translation>
            <numerusform>nicht gezeichnet für mehr als %n Monat</numerusform>
            <numerusform>nicht gezeichnet für mehr als %n Monate</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardPage</name>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Usage rows</source>
        <translation>Nutzungszeilen</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Monatlicher Verlauf</translation>
    </message>
    <message>
        <source>each event type on its own scale</source>
        <translation>jeder Ereignistyp mit eigener Skala</translation>
    </message>
    <message>
        <source>By space</source>
        <translation>Nach Space</translation>
    </message>
    <message>
        <source>Every space. Double-click a space to show only it.</source>
        <translation>Alle Spaces. Doppelklicken Sie auf einen Space, um nur diesen anzuzeigen.</translation>
    </message>
    <message>
        <source>Event type of the breakdown by space</source>
        <translation>Ereignistyp der Aufschlüsselung nach Space</translation>
    </message>
    <message>
        <source>Spaces with a bar of their own</source>
        <translation>Spaces mit eigenem Balken</translation>
    </message>
    <message>
        <source>How many of the largest spaces get a bar of their own; the rest share &quot;Others&quot;</source>
        <translation>Wie viele der größten Spaces einen eigenen Balken erhalten; die übrigen teilen sich „Sonstige“</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Alle Spaces</translation>
    </message>
    <message>
        <source>Find a space</source>
        <translation>Space suchen</translation>
    </message>
    <message>
        <source>Find a space by name</source>
        <translation>Space nach Name suchen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Usage by space</source>
        <translation>Nutzung nach Space</translation>
    </message>
    <message>
        <source>See the message above.</source>
        <translation>Siehe Meldung oben.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1, as the total endpoint reports them</source>
        <translation>%1, wie vom Summen-Endpunkt gemeldet</translation>
    </message>
    <message>
        <source>in the server&apos;s order, one page at a time</source>
        <translation>in der Reihenfolge des Servers, seitenweise</translation>
    </message>
    <message>
        <source>Sorting waits until every row is in (the charts are reading them): sorting one page would hide rows from other pages.</source>
        <translation>Die Sortierung wartet, bis alle Zeilen da sind (die Diagramme lesen sie gerade): Eine einzelne Seite zu sortieren, würde Zeilen anderer Seiten verbergen.</translation>
    </message>
    <message>
        <source>in the server&apos;s order · click a column to sort all %L1 rows</source>
        <translation>in der Reihenfolge des Servers · klicken Sie auf eine Spalte, um alle %L1 Zeilen zu sortieren</translation>
    </message>
    <message>
        <source>Click a column to sort all %L1 rows by it.</source>
        <translation>Klicken Sie auf eine Spalte, um alle %L1 Zeilen danach zu sortieren.</translation>
    </message>
    <message>
        <source>all %L1 rows, sorted by %2 (%3)</source>
        <translation>alle %L1 Zeilen, sortiert nach %2 (%3)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>aufsteigend</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>absteigend</translation>
    </message>
    <message>
        <source>Click again to reverse the order.</source>
        <translation>Klicken Sie erneut, um die Reihenfolge umzukehren.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 spaces match “%4”</source>
        <translation>%1 · %2 von %3 Spaces passen zu „%4“</translation>
    </message>
    <message>
        <source>%1 · %2 spaces</source>
        <translation>%1 · %2 Spaces</translation>
    </message>
    <message>
        <source>Top %L1 spaces</source>
        <translation>Top %L1 Spaces</translation>
    </message>
    <message>
        <source>The monthly trend, or the usage by space; each with a Table button for its numbers</source>
        <translation>Der monatliche Verlauf oder die Nutzung nach Space; jeweils mit einer Schaltfläche „Tabelle“ für die Zahlen</translation>
    </message>
    <message>
        <source>Reading usage: page %L1 of %L2</source>
        <translation>Nutzung wird gelesen: Seite %L1 von %L2</translation>
    </message>
    <message>
        <source>Reading usage: page %L1</source>
        <translation>Nutzung wird gelesen: Seite %L1</translation>
    </message>
    <message>
        <source>Compare the trend with</source>
        <translation>Trend vergleichen mit</translation>
    </message>
    <message>
        <source>Draw earlier months over the trend, dotted, month beside month</source>
        <translation>Frühere Monate gepunktet über den Trend zeichnen, Monat neben Monat</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Mit dem Zeitraum davor vergleichen</translation>
    </message>
    <message>
        <source>Compare with a year earlier</source>
        <translation>Mit einem Jahr früher vergleichen</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardPanel</name>
    <message>
        <source>%1 status</source>
        <translation>%1 – Status</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of the problem in %1</source>
        <translation>Details zum Problem: %1</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 als Tabelle</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show these numbers as a table</source>
        <translation>Diese Zahlen als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>%1 als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>No usage for these filters.</source>
        <translation>Keine Nutzung für diese Filter.</translation>
    </message>
    <message>
        <source>Could not load. %1</source>
        <translation>Konnte nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ExportActions</name>
    <message>
        <source>Exporting usage</source>
        <translation>Nutzung wird exportiert</translation>
    </message>
    <message>
        <source>Exporting totals</source>
        <translation>Summen werden exportiert</translation>
    </message>
    <message>
        <source>Export &amp;usage…</source>
        <translation>&amp;Nutzung exportieren…</translation>
    </message>
    <message>
        <source>Every row of the current filters, all pages (Ctrl+E)</source>
        <translation>Alle Zeilen der aktuellen Filter, alle Seiten (Strg+E)</translation>
    </message>
    <message>
        <source>Export &amp;totals…</source>
        <translation>&amp;Summen exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>Export not started: %1</source>
        <translation>Export nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote a %1-page report to %2</source>
        <translation>%1-seitigen Bericht nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Bericht nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ExportDialog</name>
    <message>
        <source>Start with a byte-order mark (lets Excel see UTF-8)</source>
        <translation>Mit einer Bytereihenfolgemarke beginnen (damit Excel UTF-8 erkennt)</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Nutzung exportieren</translation>
    </message>
    <message>
        <source>Export totals</source>
        <translation>Summen exportieren</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>Plain (1234567.5)</source>
        <translation>Einfach (1234567.5)</translation>
    </message>
    <message>
        <source>This computer&apos;s locale (%1)</source>
        <translation>Gebietsschema dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>One total per month and event type</source>
        <translation>Eine Summe pro Monat und Ereignistyp</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Alle Spaces</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>%1 von %2 Spaces</translation>
    </message>
    <message>
        <source>Selected spaces: %1</source>
        <translation>Ausgewählte Spaces: %1</translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation>Keine Spaces</translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>Spaces durchsuchen</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Alle Ereignistypen</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>%1 von %2 Ereignistypen</translation>
    </message>
    <message>
        <source>No event types</source>
        <translation>Keine Ereignistypen</translation>
    </message>
    <message>
        <source>Search event types</source>
        <translation>Ereignistypen durchsuchen</translation>
    </message>
    <message>
        <source>Scope: whose usage</source>
        <translation>Umfang: wessen Nutzung</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Meine Nutzung</translation>
    </message>
    <message>
        <source>Account name or id</source>
        <translation>Kontoname oder -ID</translation>
    </message>
    <message>
        <source>Search accounts by name or id</source>
        <translation>Konten nach Name oder ID durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Spaces</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Ereignistypen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load everything again (F5)</source>
        <translation>Alles neu laden (F5)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>No managed account matches &quot;%1&quot;.</source>
        <translation>Kein verwaltetes Konto passt zu „%1“.</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (Konto %2)</translation>
    </message>
    <message>
        <source>Your own usage, or that of an account you manage</source>
        <translation>Ihre eigene Nutzung oder die eines Kontos, das Sie verwalten</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts.</source>
        <translation>Dieses Token kann keine verwalteten Konten lesen.</translation>
    </message>
    <message>
        <source>Managed accounts could not be listed: %1</source>
        <translation>Verwaltete Konten konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::FilterHistory</name>
    <message>
        <source>&amp;Back to the filters before</source>
        <translation>&amp;Zurück zu den vorherigen Filtern</translation>
    </message>
    <message>
        <source>Back to the filters before (Alt+Left)</source>
        <translation>Zurück zu den vorherigen Filtern (Alt+Links)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::HelpActions</name>
    <message>
        <source>&amp;About NeuroIO Billing</source>
        <translation>Über &amp;NeuroIO Billing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> oder </translation>
    </message>
    <message>
        <source>&lt;h3&gt;NeuroIO Billing %1&lt;/h3&gt;&lt;p&gt;See, chart and export your NeuroIO platform usage.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT. Qt is used under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NeuroIO Billing %1&lt;/h3&gt;&lt;p&gt;Ihre NeuroIO-Plattformnutzung ansehen, grafisch darstellen und exportieren.&lt;/p&gt;&lt;p&gt;Läuft mit Qt %2 (erstellt mit Qt %3).&lt;/p&gt;&lt;p&gt;Lizenz: MIT. Qt wird unter der GNU LGPL Version 3 verwendet.&lt;/p&gt;&lt;p&gt;Dokumentation: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About NeuroIO Billing</source>
        <translation>Über NeuroIO Billing</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>%1 takes effect the next time NeuroIO Billing starts.</source>
        <translation>%1 wird beim nächsten Start von NeuroIO Billing wirksam.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MainWindow</name>
    <message>
        <source>NeuroIO Billing</source>
        <translation>NeuroIO Billing</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>&amp;Forget saved token</source>
        <translation>&amp;Gespeichertes Token vergessen</translation>
    </message>
    <message>
        <source>Connection &amp;Settings…</source>
        <translation>Verbindungs&amp;einstellungen…</translation>
    </message>
    <message>
        <source>C&amp;lear Cached Usage</source>
        <translation>Zwischengespeicherte Nutzung &amp;löschen</translation>
    </message>
    <message>
        <source>Cleared %1 MB of cached usage: closed months come from the server again.</source>
        <translation>%1 MB zwischengespeicherte Nutzung gelöscht: Abgeschlossene Monate kommen wieder vom Server.</translation>
    </message>
    <message>
        <source>Usage of closed months is kept on this computer, for this server and token only; this removes it.</source>
        <translation>Die Nutzung abgeschlossener Monate wird auf diesem Computer gespeichert, nur für diesen Server und dieses Token; dies entfernt sie.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Accounts overview</source>
        <translation>&amp;Kontenübersicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 · the server refused the token</source>
        <translation>%1 · der Server hat das Token abgelehnt</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>NeuroIO Billing — %1</source>
        <translation>NeuroIO Billing — %1</translation>
    </message>
    <message>
        <source>The server gives at most %L1 rows per page.</source>
        <translation>Der Server liefert höchstens %L1 Zeilen pro Seite.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MonthRangePicker</name>
    <message>
        <source>First month</source>
        <translation>Startmonat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Endmonat</translation>
    </message>
    <message>
        <source>Month range preset</source>
        <translation>Vorgabe für den Zeitraum</translation>
    </message>
    <message>
        <source>First month of the range</source>
        <translation>Erster Monat des Zeitraums</translation>
    </message>
    <message>
        <source>Last month of the range</source>
        <translation>Letzter Monat des Zeitraums</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Abgedeckte Monate</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Custom range: %1</source>
        <translation>Benutzerdefinierter Zeitraum: %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>A preset range, or the first and the last month</source>
        <translation>Ein vorgegebener Zeitraum oder der erste und der letzte Monat</translation>
    </message>
    <message>
        <source>%1 (1 month)</source>
        <comment>a range of one month</comment>
        <translation>%1 (1 Monat)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln months)</source>
        <comment>a range, then how many months it has</comment>
        <translation>
            <numerusform>%1 (%Ln Monat)</numerusform>
            <numerusform>%1 (%Ln Monate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MonthlyTrendModel</name>
    <message>
        <source>No usage rows for %1 in %2</source>
        <translation>Keine Nutzungszeilen für %1 im Monat %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4</source>
        <translation>%1 im Monat %2: %3 %4</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>%1: no usage</source>
        <comment>an earlier month, for comparison</comment>
        <translation>%1: keine Nutzung</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>an earlier month, for comparison</comment>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MultiSelectButton</name>
    <message>
        <source>Tick at least one, or &quot;%1&quot;.</source>
        <translation>Wählen Sie mindestens einen Eintrag oder „%1“.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::PagerBar</name>
    <message>
        <source>First page</source>
        <translation>Erste Seite</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Vorherige Seite (Strg+Bild auf)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Nächste Seite (Strg+Bild ab)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitennummer</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Zeilen %1–%2 von %3</translation>
    </message>
    <message>
        <source>Pages of usage rows</source>
        <translation>Seiten der Nutzungszeilen</translation>
    </message>
    <message>
        <source>%L1 per page</source>
        <translation>%L1 pro Seite</translation>
    </message>
    <message>
        <source>%L1 per page (server limit)</source>
        <translation>%L1 pro Seite (Grenze des Servers)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::PriceListActions</name>
    <message>
        <source>&amp;Stop Using Prices</source>
        <translation>Preise &amp;nicht mehr verwenden</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Preise</translation>
    </message>
    <message>
        <source>&amp;Use a Price List File…</source>
        <translation>Preisliste&amp;ndatei verwenden…</translation>
    </message>
    <message>
        <source>Costs are not estimated: %1</source>
        <translation>Kosten werden nicht geschätzt: %1</translation>
    </message>
    <message>
        <source>Costs are estimated from %1 (kept as %2).</source>
        <translation>Kosten werden aus %1 geschätzt (gespeichert als %2).</translation>
    </message>
    <message>
        <source>Costs are no longer estimated.</source>
        <translation>Kosten werden nicht mehr geschätzt.</translation>
    </message>
    <message>
        <source>Using %1 (%2)</source>
        <comment>a price list file (its currency)</comment>
        <translation>Verwendet: %1 (%2)</translation>
    </message>
    <message>
        <source>No price list: costs are not estimated</source>
        <translation>Keine Preisliste: Kosten werden nicht geschätzt</translation>
    </message>
    <message>
        <source>Use a Price List File</source>
        <translation>Preislistendatei verwenden</translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation>Preislisten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The price list was not used: %1</source>
        <translation>Die Preisliste wurde nicht verwendet: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ReportWriter</name>
    <message>
        <source>NeuroIO usage · %1 · %2</source>
        <translation>NeuroIO-Nutzung · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the report has no event type to show</source>
        <translation>der Bericht enthält keinen Ereignistyp, der angezeigt werden kann</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Months: %1 (%2 months)</source>
        <translation>Zeitraum: %1 (Monate: %2)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Totals per event type</source>
        <translation>Summen pro Ereignistyp</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Total over the range</source>
        <translation>Summe über den Zeitraum</translation>
    </message>
    <message>
        <source>Unit of the total</source>
        <translation>Einheit der Summe</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Monthly average</source>
        <translation>Monatsdurchschnitt</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number (its month)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>API calls are a flow: the total is the calls made over the range. Storage and licences are levels, counted each month: the total endpoint adds the months up, in unit-months (a person stored for 12 months is 12 person-months). How many are kept is the latest month&apos;s level.</source>
        <translation>API-Aufrufe sind eine Stromgröße: Die Summe ist die Zahl der Aufrufe im Zeitraum. Speicher und Lizenzen sind Bestandsgrößen, die jeden Monat gezählt werden: Der Summen-Endpunkt addiert die Monate, in Einheitenmonaten (eine 12 Monate lang gespeicherte Person ergibt 12 Personenmonate). Wie viele vorgehalten werden, zeigt der Bestand des letzten Monats.</translation>
    </message>
    <message>
        <source>Monthly trend (each event type on its own scale)</source>
        <translation>Monatlicher Verlauf (jeder Ereignistyp mit eigener Skala)</translation>
    </message>
    <message>
        <source>By space: %1</source>
        <translation>Nach Space: %1</translation>
    </message>
    <message>
        <source>Every space (API calls: total over the range; storage and licences: their level in the last month)</source>
        <translation>Alle Spaces (API-Aufrufe: Summe über den Zeitraum; Speicher und Lizenzen: ihr Bestand im letzten Monat)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Every space (continued)</source>
        <translation>Alle Spaces (Fortsetzung)</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::RetryBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Warten auf erneuten Versuch</translation>
    </message>
    <message>
        <source>Stops waiting, and stops loading the dashboard</source>
        <translation>Beendet das Warten und bricht das Laden des Dashboards ab</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SaveViewDialog</name>
    <message>
        <source>Open this view at start</source>
        <translation>Diese Ansicht beim Start öffnen</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>The months stay fixed: %1.</source>
        <translation>Die Monate bleiben fest: %1.</translation>
    </message>
    <message>
        <source>The months stay relative: &quot;%1&quot; is worked out on the day the view is opened.</source>
        <translation>Die Monate bleiben relativ: „%1“ wird an dem Tag berechnet, an dem die Ansicht geöffnet wird.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SessionController</name>
    <message>
        <source>Token kept for this session only</source>
        <translation>Token nur für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so the token is kept in memory and forgotten when NeuroIO Billing closes. It is never written to a file.</source>
        <translation>Kein Schlüsselbund hat geantwortet (%1), daher wird das Token im Arbeitsspeicher gehalten und beim Schließen von NeuroIO Billing verworfen. Es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>The token expires %1</source>
        <translation>Das Token läuft am %1 ab</translation>
    </message>
    <message>
        <source>Signed in as %1. This token expires %2.</source>
        <translation>Angemeldet als %1. Dieses Token läuft am %2 ab.</translation>
    </message>
    <message>
        <source>The server refused the token (%1). Sign in again.</source>
        <translation>Der Server hat das Token abgelehnt (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The saved token was removed from the keychain.</source>
        <translation>Das gespeicherte Token wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each action of the window and the keys that run it</source>
        <translation>Jede Aktion des Fensters und die Tasten, die sie ausführen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SpaceBreakdownModel</name>
    <message>
        <source>%1 in %2 (a monthly level)</source>
        <translation>%1 im Monat %2 (ein Monatsbestand)</translation>
    </message>
    <message>
        <source>%1, total over the range</source>
        <translation>%1, Summe über den Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Enter another token…</source>
        <translation>Anderes Token eingeben…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter another token</source>
        <translation>Anderes Token eingeben</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Details zum Problem</translation>
    </message>
    <message>
        <source>Show the details of the problem</source>
        <translation>Details zum Problem anzeigen</translation>
    </message>
    <message>
        <source>The server did not accept the token, so nothing more can be loaded. Enter another token to go on.</source>
        <translation>Der Server hat das Token nicht akzeptiert, daher kann nichts weiter geladen werden. Geben Sie ein anderes Token ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Retry loads the dashboard again.</source>
        <translation>Das Laden wurde abgebrochen. „Erneut versuchen“ lädt das Dashboard neu.</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts: it is not a manager&apos;s token.</source>
        <translation>Dieses Token kann keine verwalteten Konten lesen: Es ist kein Manager-Token.</translation>
    </message>
    <message>
        <source>%1 Retry in a moment.</source>
        <comment>a problem, then this</comment>
        <translation>%1 Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TokenVault</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TotalsModel</name>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>could not compare with %1: %2</source>
        <translation>Vergleich mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>Gegenüber dem Zeitraum davor</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>Gegenüber einem Jahr davor</translation>
    </message>
    <message>
        <source>Budgets this month</source>
        <translation>Budgets in diesem Monat</translation>
    </message>
    <message>
        <source>%1 for %2: an estimate from your price list, not a bill</source>
        <translation>%1 für %2: eine Schätzung aus Ihrer Preisliste, keine Rechnung</translation>
    </message>
    <message>
        <source>Estimated cost (from your price list)</source>
        <translation>Geschätzte Kosten (aus Ihrer Preisliste)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TotalsTiles</name>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a unit, then: in 2026-10 · average 103,210</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <comment>a total, its unit-months, the months</comment>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>the server sent no total</source>
        <translation>der Server hat keine Summe gesendet</translation>
    </message>
    <message>
        <source>%1: %2. Storage and licences are levels, counted each month; the total endpoint adds the months up, in %3. %4</source>
        <translation>%1: %2. Speicher und Lizenzen sind Bestandsgrößen, die jeden Monat gezählt werden; der Summen-Endpunkt addiert die Monate, in %3. %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a unit · the months</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>an event type: its total and unit</comment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>One tile per event type. The menu key saves them as a picture.</source>
        <translation>Eine Kachel pro Ereignistyp. Die Menütaste speichert sie als Bild.</translation>
    </message>
    <message>
        <source>≈ %1 · estimate from your price list</source>
        <comment>an amount of money</comment>
        <translation>≈ %1 · Schätzung aus Ihrer Preisliste</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Nicht verglichen: %1</translation>
    </message>
    <message>
        <source>%1 so far: %2 %3 · on course for %4 by its end</source>
        <comment>a month not yet over: its figure so far, unit, its projected end</comment>
        <translation>%1 bisher: %2 %3 · auf Kurs zu %4 bis zum Monatsende</translation>
    </message>
    <message>
        <source>cost too large to estimate from your price list</source>
        <translation>Kosten zu groß für eine Schätzung aus Ihrer Preisliste</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TrendCharts</name>
    <message>
        <source>Monthly trend of %1</source>
        <translation>Monatlicher Verlauf: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an event type (its unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly trend charts</source>
        <translation>Diagramme des monatlichen Verlaufs</translation>
    </message>
    <message>
        <source>One chart per event type. The menu key saves them as a picture.</source>
        <translation>Ein Diagramm pro Ereignistyp. Die Menütaste speichert sie als Bild.</translation>
    </message>
    <message>
        <source>%1 Use the Table button for the numbers. Double-click a month to show only it.</source>
        <comment>a summary of the chart, such as: API calls rose 12 % from 2025-11 to 2026-10.</comment>
        <translation>%1 Die Zahlen zeigt die Schaltfläche „Tabelle“. Doppelklicken Sie auf einen Monat, um nur ihn zu zeigen.</translation>
    </message>
    <message>
        <source>forecast (dashed)</source>
        <translation>Prognose (gestrichelt)</translation>
    </message>
    <message>
        <source>forecast band</source>
        <translation>Prognosebereich</translation>
    </message>
    <message numerus="yes">
        <source>Forecast (dashed): %1 %2 in %3, from the trend of %n closed months.</source>
        <translation>
            <numerusform>Prognose (gestrichelt): %1 %2 in %3, aus dem Trend von %n abgeschlossenen Monat.</numerusform>
            <numerusform>Prognose (gestrichelt): %1 %2 in %3, aus dem Trend von %n abgeschlossenen Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4, %5</source>
        <comment>a type in a month: its figure, why unusual</comment>
        <translation>%1 in %2: %3 %4, %5</translation>
    </message>
    <message>
        <source>Unusual months (ringed on the charts): %1</source>
        <translation>Ungewöhnliche Monate (in den Diagrammen umkreist): %1</translation>
    </message>
    <message>
        <source>unusual month (ringed)</source>
        <translation>ungewöhnlicher Monat (umkreist)</translation>
    </message>
    <message>
        <source>ceiling %1</source>
        <comment>a budget&apos;s ceiling</comment>
        <translation>Obergrenze %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <comment>a budget&apos;s monthly limit</comment>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <source>Budget (dash-dot line): a ceiling of %1 %2, %3.</source>
        <translation>Budget (Strichpunktlinie): eine Obergrenze von %1 %2, %3.</translation>
    </message>
    <message>
        <source>Budget (dash-dot line): a limit of %1 %2 a month, %3.</source>
        <translation>Budget (Strichpunktlinie): eine Grenze von %1 %2 im Monat, %3.</translation>
    </message>
    <message>
        <source>a year earlier, %1</source>
        <translation>ein Jahr früher, %1</translation>
    </message>
    <message>
        <source>the period before, %1</source>
        <translation>der Zeitraum davor, %1</translation>
    </message>
    <message>
        <source>%1 is not over: %2 %3 so far in %4 of its %5 days, on course for %6 by its end (a projection at the rate so far).</source>
        <translation>%1 ist nicht vorbei: bisher %2 %3 in %4 von %5 Tagen, auf Kurs zu %6 bis zum Monatsende (eine Hochrechnung mit der bisherigen Rate).</translation>
    </message>
    <message>
        <source>dashed, in a shaded band: forecast</source>
        <translation>gestrichelt, in einem schattierten Band: Prognose</translation>
    </message>
    <message>
        <source>dotted: %1</source>
        <translation>gepunktet: %1</translation>
    </message>
    <message>
        <source>hollow square: where the month not yet over is on course to end</source>
        <translation>hohles Quadrat: wo der noch laufende Monat voraussichtlich endet</translation>
    </message>
    <message>
        <source>ringed: an unusual month</source>
        <translation>eingekreist: ein ungewöhnlicher Monat</translation>
    </message>
    <message>
        <source>%1 ceiling %2</source>
        <comment>an event type, its budget&apos;s ceiling</comment>
        <translation>%1 Obergrenze %2</translation>
    </message>
    <message>
        <source>%1 limit %2 a month</source>
        <comment>an event type, its budget&apos;s limit</comment>
        <translation>%1 Grenze %2 im Monat</translation>
    </message>
    <message>
        <source>dash-dot: budget (%1)</source>
        <translation>Strichpunkt: Budget (%1)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <comment>what the lines and marks on the charts are</comment>
        <translation>Legende: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an event type: its open month&apos;s projection</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The earlier months (%1) are not drawn: %2</source>
        <translation>Die früheren Monate (%1) sind nicht gezeichnet: %2</translation>
    </message>
    <message>
        <source>on course for, by the month&apos;s end</source>
        <translation>voraussichtlich zum Monatsende</translation>
    </message>
    <message>
        <source>Dotted: %1, month beside month.</source>
        <translation>Gepunktet: %1, Monat neben Monat.</translation>
    </message>
    <message>
        <source>budgets far above the chart, not drawn: %1</source>
        <translation>Budgets weit über dem Diagramm, nicht gezeichnet: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::UsageTableModel</name>
    <message>
        <source>%1 %2</source>
        <comment>a quantity and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Event type %1</source>
        <translation>Ereignistyp %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>A field the server sent that this version does not know</source>
        <translation>Ein vom Server gesendetes Feld, das diese Version nicht kennt</translation>
    </message>
    <message>
        <source>%1, space %2</source>
        <comment>a space&apos;s name and its id</comment>
        <translation>%1, Space %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ViewActions</name>
    <message>
        <source>&amp;Save view…</source>
        <translation>Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Open view</source>
        <translation>Ansicht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Import view…</source>
        <translation>Ansicht &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport view</source>
        <translation>Ansicht e&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>%1 (opens at start)</source>
        <translation>%1 (öffnet beim Start)</translation>
    </message>
    <message>
        <source>The view was not deleted: %1</source>
        <translation>Die Ansicht wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ gespeichert</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>Die Ansicht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The view was not imported: %1</source>
        <translation>Die Ansicht wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Ansicht importieren</translation>
    </message>
    <message>
        <source>Views (*.json)</source>
        <translation>Ansichten (*.json)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>The view was not exported: %1</source>
        <translation>Die Ansicht wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot; (%2)</source>
        <comment>a view&apos;s name, its months</comment>
        <translation>Ansicht „%1“ geöffnet (%2)</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot;</source>
        <translation>Ansicht „%1“ geöffnet</translation>
    </message>
    <message>
        <source>Copy as &amp;Command Line</source>
        <translation>Als &amp;Befehlszeile kopieren</translation>
    </message>
    <message>
        <source>Put the neuroio-billing export command for these filters on the clipboard</source>
        <translation>Den Befehl neuroio-billing export für diese Filter in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Copy &amp;View</source>
        <translation>A&amp;nsicht kopieren</translation>
    </message>
    <message>
        <source>Put these filters on the clipboard as a view file, to hand on</source>
        <translation>Diese Filter als Ansichtsdatei in die Zwischenablage legen, zum Weitergeben</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Shared view</source>
        <translation>Geteilte Ansicht</translation>
    </message>
    <message>
        <source>Copied the view: save it as a .json file, then View &gt; Import View (or neuroio-billing --view FILE) opens it</source>
        <translation>Ansicht kopiert: als .json-Datei speichern, dann öffnet Ansicht &gt; Ansicht importieren (oder neuroio-billing --view DATEI) sie</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::WelcomePage</name>
    <message>
        <source>NeuroIO Billing</source>
        <translation>NeuroIO Billing</translation>
    </message>
    <message>
        <source>See, chart and export what your NeuroIO accounts used, per month, per space and per event type.</source>
        <translation>Sehen, visualisieren und exportieren Sie, was Ihre NeuroIO-Konten verbraucht haben – pro Monat, pro Space und pro Ereignistyp.</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>Demodaten erkunden</translation>
    </message>
    <message>
        <source>Starts a local server with realistic, generated usage. No account needed.</source>
        <translation>Startet einen lokalen Server mit realistischen, generierten Nutzungsdaten. Kein Konto erforderlich.</translation>
    </message>
    <message>
        <source>Connect to NeuroIO…</source>
        <translation>Mit NeuroIO verbinden…</translation>
    </message>
    <message>
        <source>Connect to NeuroIO</source>
        <translation>Mit NeuroIO verbinden</translation>
    </message>
</context>
</TS>
