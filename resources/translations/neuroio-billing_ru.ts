<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>neuroio::AccountsOverviewCosts</name>
    <message>
        <source>No costs: a cost prices each month on its own, and the range has no first or no last month.</source>
        <translation>Расходы не оценены: каждый месяц оценивается отдельно, а у диапазона нет первого или последнего месяца.</translation>
    </message>
    <message>
        <source>No costs: your price list has no price for the event types shown.</source>
        <translation>Расходы не оценены: в вашем прайс-листе нет цен для показанных типов событий.</translation>
    </message>
</context>
<context>
    <name>neuroio::AccountsOverviewTable</name>
    <message>
        <source>%1 of %2 accounts unavailable; the totals and shares are over the %3 that answered</source>
        <translation>Недоступно аккаунтов: %1 из %2; итоги и доли рассчитаны по ответившим (%3)</translation>
    </message>
</context>
<context>
    <name>neuroio::Anomaly</name>
    <message>
        <source>%1 above the median of the %2 months with usage before it (%3 %4)</source>
        <translation>на %1 выше медианы предыдущих месяцев с использованием (%2; %3, %4)</translation>
    </message>
    <message>
        <source>%1 below the median of the %2 months with usage before it (%3 %4)</source>
        <translation>на %1 ниже медианы предыдущих месяцев с использованием (%2; %3, %4)</translation>
    </message>
</context>
<context>
    <name>neuroio::ApiError</name>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <translation>
            <numerusform>Прекращено после %n попытки.</numerusform>
            <numerusform>Прекращено после %n попыток.</numerusform>
            <numerusform>Прекращено после %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Не удалось связаться с сервером.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Не удалось установить защищённое соединение с сервером.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Не удалось прочитать ответ сервера.</translation>
    </message>
    <message>
        <source>The server did not accept the token.</source>
        <translation>Сервер не принял токен.</translation>
    </message>
    <message>
        <source>This token may not see this.</source>
        <translation>У этого токена нет доступа к этим данным.</translation>
    </message>
    <message>
        <source>The server does not know what was asked for.</source>
        <translation>Запрошенный ресурс на сервере не найден.</translation>
    </message>
    <message>
        <source>The server is busy: too many requests.</source>
        <translation>Сервер перегружен: слишком много запросов.</translation>
    </message>
    <message>
        <source>The server has a problem (HTTP %1).</source>
        <translation>Ошибка на стороне сервера (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>Request not sent: %1</source>
        <translation>Запрос не отправлен: %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать в %1: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>Network error on %1: %2</source>
        <translation>Сетевая ошибка при запросе %1: %2</translation>
    </message>
    <message>
        <source>Timed out on %1: %2</source>
        <translation>Истекло время ожидания при запросе %1: %2</translation>
    </message>
    <message>
        <source>Secure connection failed on %1: %2</source>
        <translation>Не удалось установить защищённое соединение при запросе %1: %2</translation>
    </message>
    <message>
        <source>The server answered %1 on %2</source>
        <translation>Сервер вернул код %1 на запрос %2</translation>
    </message>
    <message>
        <source>The server answered %1 on %2: %3</source>
        <translation>Сервер вернул код %1 на запрос %2: %3</translation>
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
        <translation> [код ошибки %1]</translation>
    </message>
    <message>
        <source>Malformed response from %1: %2</source>
        <translation>Некорректный ответ на запрос %1: %2</translation>
    </message>
    <message>
        <source>Malformed response from %1, field &quot;%2&quot;: %3</source>
        <translation>Некорректный ответ на запрос %1, поле «%2»: %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
</context>
<context>
    <name>neuroio::BillingClient</name>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 мс</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address</source>
        <translation>«%1» не является адресом сервера</translation>
    </message>
    <message>
        <source>plain http:// would send the token unencrypted to %1; use https:// (http is allowed only for this computer, 127.0.0.1)</source>
        <translation>по обычному http:// токен был бы отправлен на %1 без шифрования; используйте https:// (http допускается только для этого компьютера, 127.0.0.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>«%1» не является адресом http или https</translation>
    </message>
    <message>
        <source>the token holds a control character (a line break, say); it was not sent</source>
        <translation>токен содержит управляющий символ (например, перевод строки); он не был отправлен</translation>
    </message>
    <message>
        <source>the token holds a space or a character that is not plain ASCII; it was not sent</source>
        <translation>токен содержит пробел или символ за пределами ASCII; он не был отправлен</translation>
    </message>
    <message>
        <source>limit must be at least 1 and offset at least 0</source>
        <translation>limit должен быть не меньше 1, а offset — не меньше 0</translation>
    </message>
    <message>
        <source>a username and a password are both needed</source>
        <translation>нужны и имя пользователя, и пароль</translation>
    </message>
    <message>
        <source>the server sent nothing within %1</source>
        <translation>сервер ничего не прислал за %1</translation>
    </message>
    <message>
        <source>the server sent nothing for %1</source>
        <translation>сервер ничего не присылал в течение %1</translation>
    </message>
    <message numerus="yes">
        <source>the answer was arriving too slowly: %n bytes in %1, and it was not finished</source>
        <translation>
            <numerusform>ответ приходил слишком медленно: %n байт за %1, и он так и не завершился</numerusform>
            <numerusform>ответ приходил слишком медленно: %n байта за %1, и он так и не завершился</numerusform>
            <numerusform>ответ приходил слишком медленно: %n байт за %1, и он так и не завершился</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the answer stopped arriving: nothing for %1 after %n bytes</source>
        <translation>
            <numerusform>ответ перестал приходить: ничего в течение %1 после %n байта</numerusform>
            <numerusform>ответ перестал приходить: ничего в течение %1 после %n байт</numerusform>
            <numerusform>ответ перестал приходить: ничего в течение %1 после %n байт</numerusform>
        </translation>
    </message>
    <message>
        <source>the server redirected to another origin (%1); the redirect was not followed, so the token was not sent there</source>
        <translation>сервер перенаправил запрос на другой сервер (%1); перенаправление не выполнено, поэтому токен туда не отправлен</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>слишком много перенаправлений</translation>
    </message>
    <message>
        <source>the answer was cut short: %1 of %2 bytes arrived</source>
        <translation>ответ оборван: получено %1 из %2 байт</translation>
    </message>
    <message>
        <source>%1; the server asked to wait %2 before trying again, longer than the %3 this program waits</source>
        <translation>%1; сервер попросил подождать %2 перед повторной попыткой — дольше, чем эта программа готова ждать (%3)</translation>
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
        <translation>month_from не является допустимым месяцем</translation>
    </message>
    <message>
        <source>month_to is not a valid month</source>
        <translation>month_to не является допустимым месяцем</translation>
    </message>
    <message>
        <source>the range starts in %1, after it ends in %2</source>
        <translation>начало диапазона (%1) позже его конца (%2)</translation>
    </message>
    <message>
        <source>spaces_ids: %1 is not a space id</source>
        <translation>spaces_ids: %1 не является id пространства</translation>
    </message>
    <message>
        <source>event_types: %1 is not a known event type</source>
        <translation>event_types: %1 не является известным типом события</translation>
    </message>
    <message>
        <source>limit must be at least 1, not %1</source>
        <translation>limit должен быть не меньше 1 (получено %1)</translation>
    </message>
    <message>
        <source>offset must not be negative, not %1</source>
        <translation>offset не может быть отрицательным (получено %1)</translation>
    </message>
</context>
<context>
    <name>neuroio::Budget</name>
    <message>
        <source>%1, every space</source>
        <translation>%1, все пространства</translation>
    </message>
    <message>
        <source>%1, space %2</source>
        <translation>%1, пространство %2</translation>
    </message>
    <message>
        <source>%1, spaces %2</source>
        <translation>%1, пространства %2</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetChecker</name>
    <message>
        <source>there is no budget to check</source>
        <translation>нет бюджетов для проверки</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetFile</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>не JSON: %1 в байте %2</translation>
    </message>
    <message>
        <source>not a budgets file: it must be a JSON object</source>
        <translation>не файл бюджетов: он должен быть объектом JSON</translation>
    </message>
    <message>
        <source>not a budgets file (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>не файл бюджетов («format» не «%1»)</translation>
    </message>
    <message>
        <source>budgets file version %1 is not supported; this version reads %2</source>
        <translation>версия файла бюджетов %1 не поддерживается; эта версия читает %2</translation>
    </message>
    <message>
        <source>&quot;budgets&quot; must be a list</source>
        <translation>«budgets» должен быть списком</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a budgets file: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>budgets[%1]: must be an object</source>
        <translation>budgets[%1]: должен быть объектом</translation>
    </message>
    <message>
        <source>budgets[%1].%2: not a budget&apos;s field (name, event_type, spaces, limit)</source>
        <translation>budgets[%1].%2: такого поля у бюджета нет (name, event_type, spaces, limit)</translation>
    </message>
    <message>
        <source>budgets[%1].name: must be text</source>
        <translation>budgets[%1].name: должно быть текстом</translation>
    </message>
    <message>
        <source>budgets[%1].event_type: missing</source>
        <translation>budgets[%1].event_type: отсутствует</translation>
    </message>
    <message>
        <source>budgets[%1].event_type: &quot;%2&quot; is not an event type (%3)</source>
        <translation>budgets[%1].event_type: «%2» — не тип события (%3)</translation>
    </message>
    <message>
        <source>budgets[%1].spaces: must be a list of space ids</source>
        <translation>budgets[%1].spaces: должен быть списком идентификаторов пространств</translation>
    </message>
    <message>
        <source>budgets[%1].spaces[%2]: must be a space id (a whole number above 0)</source>
        <translation>budgets[%1].spaces[%2]: должен быть идентификатором пространства (целым числом больше 0)</translation>
    </message>
    <message>
        <source>budgets[%1].limit: missing</source>
        <translation>budgets[%1].limit: отсутствует</translation>
    </message>
    <message>
        <source>budgets[%1].limit: must be a number above 0</source>
        <translation>budgets[%1].limit: должен быть числом больше 0</translation>
    </message>
</context>
<context>
    <name>neuroio::BudgetStatus</name>
    <message>
        <source>ok</source>
        <translation>в норме</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>over</source>
        <translation>превышен</translation>
    </message>
    <message>
        <source>%1  %2: %3</source>
        <comment>state, budget, figures</comment>
        <translation>%1  %2: %3</translation>
    </message>
    <message>
        <source>%1 %2 in %3 so far, on course for %4 by its end (limit %5)</source>
        <translation>пока %1 (%2) за %3, к концу месяца ожидается %4 (лимит %5)</translation>
    </message>
    <message>
        <source>%1 %2 in %3 so far, no projection: %4 (limit %5)</source>
        <translation>пока %1 (%2) за %3, оценки нет: %4 (лимит %5)</translation>
    </message>
    <message>
        <source>%1 %2 in %3; forecast %4 in %5 (ceiling %6)</source>
        <translation>%1 (%2) за %3; прогноз %4 на %5 (потолок %6)</translation>
    </message>
    <message>
        <source>%1 %2 in %3; no forecast: %4 (ceiling %5)</source>
        <translation>%1 (%2) за %3; прогноза нет: %4 (потолок %5)</translation>
    </message>
    <message>
        <source>Within budget</source>
        <translation>В рамках бюджета</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Бюджет превышен</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <comment>a budget&apos;s state, its title, its figures</comment>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>on course for %1 of %2 %3 in %4</source>
        <comment>the month&apos;s end, the limit</comment>
        <translation>к концу %4 будет %1 из %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4</source>
        <comment>a month&apos;s sum, the limit</comment>
        <translation>%1 из %2 (%3) за %4</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4 so far</source>
        <comment>a month&apos;s sum, the limit</comment>
        <translation>пока %1 из %2 (%3) за %4</translation>
    </message>
    <message>
        <source>forecast %1 %2 in %3, ceiling %4</source>
        <translation>прогноз %1 (%2) на %3, потолок %4</translation>
    </message>
    <message>
        <source>%1 %2 in %3, ceiling %4</source>
        <comment>a month&apos;s level, its unit, the month, the ceiling</comment>
        <translation>%1 (%2) за %3, потолок %4</translation>
    </message>
</context>
<context>
    <name>neuroio::ConnectionLimits</name>
    <message>
        <source>--timeout must be a whole number of seconds from %1 to %2, not &quot;%3&quot;</source>
        <translation>--timeout: нужно целое число секунд от %1 до %2, а не «%3»</translation>
    </message>
    <message>
        <source>--max-retries must be a whole number from 0 to %1, not &quot;%2&quot;</source>
        <translation>--max-retries: нужно целое число от 0 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--max-parallel must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--max-parallel: нужно целое число от 1 до %1, а не «%2»</translation>
    </message>
</context>
<context>
    <name>neuroio::CostEstimate</name>
    <message>
        <source>too large to estimate</source>
        <translation>слишком велико для оценки</translation>
    </message>
</context>
<context>
    <name>neuroio::EventType</name>
    <message>
        <source>API calls</source>
        <translation>Вызовы API</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>вызовов</translation>
    </message>
    <message>
        <source>Persons storage</source>
        <translation>Хранение персон</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>персон</translation>
    </message>
    <message>
        <source>person-months</source>
        <translation>персоно-месяцев</translation>
    </message>
    <message>
        <source>Entry storage</source>
        <translation>Хранение записей</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>записей</translation>
    </message>
    <message>
        <source>entry-months</source>
        <translation>записе-месяцев</translation>
    </message>
    <message>
        <source>Source licenses</source>
        <translation>Лицензии источников</translation>
    </message>
    <message>
        <source>licenses</source>
        <translation>лицензий</translation>
    </message>
    <message>
        <source>license-months</source>
        <translation>лицензие-месяцев</translation>
    </message>
    <message>
        <source>Event type %1</source>
        <translation>Тип события %1</translation>
    </message>
    <message>
        <source>units</source>
        <translation>единиц</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportOptions</name>
    <message>
        <source>the delimiter must be a comma, a semicolon or a tab</source>
        <translation>разделителем может быть только запятая, точка с запятой или табуляция</translation>
    </message>
    <message>
        <source>%1 is the decimal separator in %2; choose another delimiter or plain numbers</source>
        <translation>%1 — десятичный разделитель в локали %2; выберите другой разделитель или простые числа</translation>
    </message>
    <message>
        <source>a comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>a semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a delimiter character, quoted</comment>
        <translation>«%1»</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportOutcome</name>
    <message>
        <source>wrote %1 rows to %2</source>
        <translation>в %2 записано строк: %1</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>стандартный вывод</translation>
    </message>
    <message>
        <source>cancelled; nothing was written</source>
        <translation>отменено; ничего не записано</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>neuroio::ExportSink</name>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>no room for a temporary file in %1 (%2)</source>
        <translation>нет места для временного файла в %1 (%2)</translation>
    </message>
    <message>
        <source>the temporary file: %1</source>
        <translation>временный файл: %1</translation>
    </message>
    <message>
        <source>the export was not started</source>
        <translation>экспорт не был начат</translation>
    </message>
    <message>
        <source>the temporary file could not be read back</source>
        <translation>временный файл не удалось прочитать повторно</translation>
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
        <translation>за %1 · в среднем %2</translation>
    </message>
    <message>
        <source>The average is the level of the range&apos;s one month.</source>
        <translation>Среднее — это уровень единственного месяца диапазона.</translation>
    </message>
    <message>
        <source>The average is over all %1 months of the range.</source>
        <translation>Среднее рассчитано по всем %1 мес. диапазона.</translation>
    </message>
    <message>
        <source>The average is the level of the one month with usage; %1 of the range had none.</source>
        <translation>Среднее — это уровень единственного месяца с использованием; в остальных месяцах диапазона (%1 мес.) использования не было.</translation>
    </message>
    <message>
        <source>The average is over the %1 months with usage; %2 of the range had none.</source>
        <translation>Среднее рассчитано по %1 мес. с использованием; в %2 мес. диапазона использования не было.</translation>
    </message>
</context>
<context>
    <name>neuroio::Month</name>
    <message>
        <source>&quot;%1&quot; is not a month: %2</source>
        <translation>«%1» не является месяцем: %2</translation>
    </message>
    <message>
        <source>expected YYYY-MM, for example 2024-06</source>
        <translation>ожидается формат YYYY-MM, например 2024-06</translation>
    </message>
    <message>
        <source>the year must be 0001 or later</source>
        <translation>год должен быть не раньше 0001</translation>
    </message>
    <message>
        <source>the month must be 01 to 12</source>
        <translation>месяц должен быть от 01 до 12</translation>
    </message>
</context>
<context>
    <name>neuroio::MonthRange</name>
    <message>
        <source>This month so far</source>
        <translation>С начала месяца</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>Last 3 full months</source>
        <translation>Последние 3 полных месяца</translation>
    </message>
    <message>
        <source>Last 6 full months</source>
        <translation>Последние 6 полных месяцев</translation>
    </message>
    <message>
        <source>Last 12 full months</source>
        <translation>Последние 12 полных месяцев</translation>
    </message>
    <message>
        <source>This year so far</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Произвольный диапазон</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a preset: its months</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Both months must be set.</source>
        <translation>Нужно указать оба месяца.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>neuroio::OpenMonthProjection</name>
    <message>
        <source>less than a day of the month has passed</source>
        <translation>с начала месяца не прошло и суток</translation>
    </message>
</context>
<context>
    <name>neuroio::OutputTarget</name>
    <message>
        <source>no program is reading this named pipe; start the reader first</source>
        <translation>этот именованный канал никто не читает; сначала запустите читающую программу</translation>
    </message>
</context>
<context>
    <name>neuroio::PeriodChange</name>
    <message>
        <source>no data for %1</source>
        <translation>нет данных за %1</translation>
    </message>
    <message>
        <source>none, as in %1</source>
        <translation>ноль, как и за %1</translation>
    </message>
    <message>
        <source>%1 %2 more than in %3, which had none</source>
        <translation>на %1 (%2) больше, чем за %3, когда не было ничего</translation>
    </message>
    <message>
        <source>%1 (%2 %3) against %4</source>
        <comment>a change in percent, its amount and unit, the earlier months</comment>
        <translation>%1 (%2, %3) по сравнению с %4</translation>
    </message>
    <message>
        <source>up from none in %1</source>
        <translation>рост с нуля за %1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <comment>a change in percent, the earlier months</comment>
        <translation>%1 по сравнению с %2</translation>
    </message>
</context>
<context>
    <name>neuroio::PriceList</name>
    <message>
        <source>%1: must be a decimal number, such as &quot;0.25&quot;</source>
        <translation>%1: должно быть десятичным числом, например «0.25»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a decimal number; write it like &quot;0.25&quot;</source>
        <translation>%1: «%2» — не десятичное число; пишите так: «0.25»</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is below 0</source>
        <translation>%1: «%2» меньше 0</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has more than 9 decimal places</source>
        <translation>%1: у «%2» больше 9 знаков после запятой</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is above %3</source>
        <translation>%1: «%2» больше %3</translation>
    </message>
    <message>
        <source>%1: must be a list of at least one tier</source>
        <translation>%1: должен быть списком хотя бы из одной ступени</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: должен быть объектом</translation>
    </message>
    <message>
        <source>%1.%2: not a tier&apos;s field (up_to, price)</source>
        <translation>%1.%2: такого поля у ступени нет (up_to, price)</translation>
    </message>
    <message>
        <source>%1.up_to: the last tier has no upper bound; leave up_to out</source>
        <translation>%1.up_to: у последней ступени нет верхней границы; уберите up_to</translation>
    </message>
    <message>
        <source>%1.up_to: missing; only the last tier has no upper bound</source>
        <translation>%1.up_to: отсутствует; без верхней границы только последняя ступень</translation>
    </message>
    <message>
        <source>%1.up_to: must be at most %2</source>
        <translation>%1.up_to: должно быть не больше %2</translation>
    </message>
    <message>
        <source>%1.up_to: must be a whole number above 0</source>
        <translation>%1.up_to: должно быть целым числом больше 0</translation>
    </message>
    <message>
        <source>%1.up_to: must be above the tier before&apos;s, %2</source>
        <translation>%1.up_to: должно быть больше, чем у предыдущей ступени (%2)</translation>
    </message>
    <message>
        <source>%1.price: missing</source>
        <translation>%1.price: отсутствует</translation>
    </message>
    <message>
        <source>%1.%2: not a price&apos;s field (event_type, per, price, tiers)</source>
        <translation>%1.%2: такого поля у цены нет (event_type, per, price, tiers)</translation>
    </message>
    <message>
        <source>%1.event_type: missing</source>
        <translation>%1.event_type: отсутствует</translation>
    </message>
    <message>
        <source>%1.event_type: &quot;%2&quot; is not an event type (%3)</source>
        <translation>%1.event_type: «%2» — не тип события (%3)</translation>
    </message>
    <message>
        <source>%1.event_type: %2 has a price already, in prices[%3]</source>
        <translation>%1.event_type: у %2 уже есть цена, в prices[%3]</translation>
    </message>
    <message>
        <source>%1.per: must be at most %2</source>
        <translation>%1.per: должно быть не больше %2</translation>
    </message>
    <message>
        <source>%1.per: must be a whole number of at least 1</source>
        <translation>%1.per: должно быть целым числом не меньше 1</translation>
    </message>
    <message>
        <source>%1: has both &quot;price&quot; and &quot;tiers&quot;; give one of them</source>
        <translation>%1: есть и «price», и «tiers»; оставьте одно</translation>
    </message>
    <message>
        <source>%1: needs a &quot;price&quot; or &quot;tiers&quot;</source>
        <translation>%1: нужно «price» или «tiers»</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>не JSON: %1 в байте %2</translation>
    </message>
    <message>
        <source>not a price list: it must be a JSON object</source>
        <translation>не прайс-лист: это должен быть объект JSON</translation>
    </message>
    <message>
        <source>not a price list (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>не прайс-лист («format» не «%1»)</translation>
    </message>
    <message>
        <source>price list version %1 is not supported; this version reads %2</source>
        <translation>версия прайс-листа %1 не поддерживается; эта версия читает %2</translation>
    </message>
    <message>
        <source>%1: not a price list&apos;s field (format, version, currency, minor_unit_digits, prices)</source>
        <translation>%1: такого поля у прайс-листа нет (format, version, currency, minor_unit_digits, prices)</translation>
    </message>
    <message>
        <source>currency: missing</source>
        <translation>currency: отсутствует</translation>
    </message>
    <message>
        <source>currency: &quot;%1&quot; is not an ISO 4217 code (three capital letters, such as &quot;EUR&quot;)</source>
        <translation>currency: «%1» — не код ISO 4217 (три заглавные буквы, например «EUR»)</translation>
    </message>
    <message>
        <source>minor_unit_digits: must be a whole number from 0 to %1</source>
        <translation>minor_unit_digits: должно быть целым числом от 0 до %1</translation>
    </message>
    <message>
        <source>prices: must be a list</source>
        <translation>prices: должен быть списком</translation>
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
        <translation>Моё использование</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (аккаунт %2)</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Все пространства</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>Пространства: %1 из %2</translation>
    </message>
    <message>
        <source>Selected spaces: %1</source>
        <translation>Выбрано пространств: %1</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Все типы событий</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>Типы событий: %1 из %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>NeuroIO usage report</source>
        <translation>Отчёт об использовании NeuroIO</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Пространство %1</translation>
    </message>
    <message>
        <source>not compared: the earlier totals had not come in when the report was made</source>
        <translation>не сравнивалось: прежние итоги ещё не пришли, когда создавался отчёт</translation>
    </message>
    <message>
        <source>not compared with %1: %2</source>
        <comment>the earlier months, why not</comment>
        <translation>не сравнивалось с %1: %2</translation>
    </message>
    <message>
        <source>none: %1</source>
        <comment>why there is no forecast</comment>
        <translation>нет: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4 to %5)</source>
        <comment>a forecast month: its value, unit and band</comment>
        <translation>%1: %2 %3 (от %4 до %5)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — from the trend of %n closed months, not part of any total</source>
        <translation>
            <numerusform>%1 — по тренду %n закрытого месяца, не входит ни в один итог</numerusform>
            <numerusform>%1 — по тренду %n закрытых месяцев, не входит ни в один итог</numerusform>
            <numerusform>%1 — по тренду %n закрытых месяцев, не входит ни в один итог</numerusform>
        </translation>
    </message>
    <message>
        <source>Against the year before</source>
        <translation>По сравнению с предыдущим годом</translation>
    </message>
    <message>
        <source>Against the months before</source>
        <translation>По сравнению с предыдущими месяцами</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>По сравнению с годом ранее</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>none: the monthly figures had not come in</source>
        <translation>нет: помесячные данные ещё не пришли</translation>
    </message>
    <message>
        <source>Budget in %1</source>
        <translation>Бюджет за %1</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>not checked when the report was made</source>
        <translation>не проверен на момент создания отчёта</translation>
    </message>
    <message>
        <source>none set for %1</source>
        <translation>для «%1» не задан</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Оценка расходов</translation>
    </message>
    <message>
        <source>%1, an estimate from your price list, not a bill</source>
        <comment>an amount of money</comment>
        <translation>%1 — оценка по вашему прайс-листу, а не счёт</translation>
    </message>
    <message>
        <source>none: your price list has no price for %1</source>
        <translation>нет: в вашем прайс-листе нет цены для «%1»</translation>
    </message>
    <message>
        <source>Changes, forecasts, budgets and costs</source>
        <translation>Изменения, прогнозы, бюджеты и расходы</translation>
    </message>
    <message>
        <source>Changes, forecasts and budgets</source>
        <translation>Изменения, прогнозы и бюджеты</translation>
    </message>
    <message>
        <source>Changes, forecasts and costs</source>
        <translation>Изменения, прогнозы и расходы</translation>
    </message>
    <message>
        <source>Changes and forecasts</source>
        <translation>Изменения и прогнозы</translation>
    </message>
    <message>
        <source>none: no monthly figures of %1 to price</source>
        <translation>нет: нет месячных данных «%1» для расчёта</translation>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>тело ответа пустое</translation>
    </message>
    <message>
        <source>the body is an HTML page (&quot;%1&quot;), not JSON</source>
        <translation>тело ответа — HTML-страница («%1»), а не JSON</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>тело ответа — HTML-страница, а не JSON</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at byte %2)</source>
        <translation>тело ответа не является JSON (%1, байт %2)</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>на верхнем уровне ожидался объект JSON</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>ожидалось: %1; получено: %2</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>%1 is out of range for an event type</source>
        <translation>%1 вне допустимого диапазона для типа события</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>«%1» не является датой и временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>не может быть отрицательным</translation>
    </message>
    <message>
        <source>expected a JSON array of spaces</source>
        <translation>ожидался JSON-массив пространств</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
</context>
<context>
    <name>neuroio::RetryNotice</name>
    <message numerus="yes">
        <source>Rate limited: retrying in %n s</source>
        <translation>
            <numerusform>Превышен лимит запросов: повтор через %n с</numerusform>
            <numerusform>Превышен лимит запросов: повтор через %n с</numerusform>
            <numerusform>Превышен лимит запросов: повтор через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is busy: retrying in %n s</source>
        <translation>
            <numerusform>Сервер перегружен: повтор через %n с</numerusform>
            <numerusform>Сервер перегружен: повтор через %n с</numerusform>
            <numerusform>Сервер перегружен: повтор через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server had a problem (HTTP %1): retrying in %n s</source>
        <translation>
            <numerusform>Ошибка на стороне сервера (HTTP %1): повтор через %n с</numerusform>
            <numerusform>Ошибка на стороне сервера (HTTP %1): повтор через %n с</numerusform>
            <numerusform>Ошибка на стороне сервера (HTTP %1): повтор через %n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection failed: retrying in %n s</source>
        <translation>
            <numerusform>Сбой соединения: повтор через %n с</numerusform>
            <numerusform>Сбой соединения: повтор через %n с</numerusform>
            <numerusform>Сбой соединения: повтор через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>rate limited, HTTP 429</source>
        <translation>превышен лимит запросов, HTTP 429</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>сразу</translation>
    </message>
    <message>
        <source>in %1 ms</source>
        <translation>через %1 мс</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>через %1 с</translation>
    </message>
    <message>
        <source>try %1 of %2 %3</source>
        <translation>попытка %1 из %2 %3</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3, as the server asked; other requests wait too</source>
        <translation>Запрос %1 не выполнен (%2): %3, как попросил сервер; остальные запросы тоже ждут</translation>
    </message>
    <message>
        <source>%1 failed (%2): %3</source>
        <translation>Запрос %1 не выполнен (%2): %3</translation>
    </message>
</context>
<context>
    <name>neuroio::SavedView</name>
    <message>
        <source>not a NeuroIO Billing view (&quot;format&quot; is not %1)</source>
        <translation>это не представление NeuroIO Billing (&quot;format&quot; не равен %1)</translation>
    </message>
    <message>
        <source>view version %1 is not supported; this version reads %2</source>
        <translation>версия представления %1 не поддерживается; эта версия программы читает версию %2</translation>
    </message>
    <message>
        <source>&quot;name&quot; is missing</source>
        <translation>отсутствует &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;account_id&quot; must be an account id or null</source>
        <translation>&quot;account_id&quot; должен быть id аккаунта или null</translation>
    </message>
    <message>
        <source>&quot;range.preset&quot; &quot;%1&quot; is not a known preset</source>
        <translation>&quot;range.preset&quot;: «%1» — неизвестная предустановка</translation>
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
        <translation>&quot;spaces_ids&quot; должен содержать id пространств</translation>
    </message>
    <message>
        <source>&quot;event_types&quot; holds an unknown event type</source>
        <translation>&quot;event_types&quot; содержит неизвестный тип события</translation>
    </message>
</context>
<context>
    <name>neuroio::SavedViewStore</name>
    <message>
        <source>%1 is not a view: %2</source>
        <translation>%1 не является представлением: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a view file: what is wrong with it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>у представления должно быть имя</translation>
    </message>
    <message>
        <source>the folder could not be created</source>
        <translation>не удалось создать папку</translation>
    </message>
    <message>
        <source>there is no view called &quot;%1&quot;</source>
        <translation>представления с именем «%1» нет</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a saved view nor a view file</source>
        <translation>«%1» не является ни сохранённым представлением, ни файлом представления</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a saved view nor a view file; saved views: %2</source>
        <translation>«%1» не является ни сохранённым представлением, ни файлом представления; сохранённые представления: %2</translation>
    </message>
</context>
<context>
    <name>neuroio::TotalsExporter</name>
    <message>
        <source>a comparison needs the range&apos;s first and last month (--from and --to)</source>
        <translation>для сравнения нужны первый и последний месяцы диапазона (--from и --to)</translation>
    </message>
    <message>
        <source>a forecast goes month by month (--by-month)</source>
        <translation>прогноз строится помесячно (--by-month)</translation>
    </message>
    <message>
        <source>no forecast of %1: %2</source>
        <translation>нет прогноза для «%1»: %2</translation>
    </message>
    <message>
        <source>%1 is not over yet: its totals are partial, compared with whole months</source>
        <translation>%1 ещё не закончился: его итоги неполные и сравниваются с полными месяцами</translation>
    </message>
    <message>
        <source>estimated_cost is an estimate from your price list (%1), not a bill: each month is priced on its own, rounded to a minor unit</source>
        <translation>estimated_cost — оценка по вашему прайс-листу (%1), а не счёт: каждый месяц считается отдельно и округляется до минимальной денежной единицы</translation>
    </message>
    <message>
        <source>a cost is priced month by month: %1</source>
        <translation>расходы считаются по месяцам: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::TotalsLoader</name>
    <message>
        <source>totals by month need both ends of the range (--from and --to)</source>
        <translation>для итогов по месяцам нужны обе границы диапазона (--from и --to)</translation>
    </message>
</context>
<context>
    <name>neuroio::TrendForecast</name>
    <message>
        <source>no closed month to go on</source>
        <translation>нет ни одного закрытого месяца</translation>
    </message>
    <message>
        <source>1 closed month with usage; a forecast needs %1</source>
        <translation>1 закрытый месяц с использованием; для прогноза нужно %1</translation>
    </message>
    <message numerus="yes">
        <source>%n closed months with usage; a forecast needs %1</source>
        <translation>
            <numerusform>%n закрытый месяц с использованием; для прогноза нужно %1</numerusform>
            <numerusform>%n закрытых месяца с использованием; для прогноза нужно %1</numerusform>
            <numerusform>%n закрытых месяцев с использованием; для прогноза нужно %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the range ends before the last closed month, %1</source>
        <translation>диапазон заканчивается раньше последнего закрытого месяца, %1</translation>
    </message>
</context>
<context>
    <name>neuroio::UsageAggregator</name>
    <message>
        <source>Others (%1 spaces)</source>
        <translation>Остальные (пространств: %1)</translation>
    </message>
    <message>
        <source>Other matches (%1 spaces)</source>
        <translation>Прочие совпадения (пространств: %1)</translation>
    </message>
</context>
<context>
    <name>neuroio::UsageCache</name>
    <message>
        <source>Could not create the cache folder.</source>
        <translation>Не удалось создать папку кэша.</translation>
    </message>
    <message>
        <source>Could not remove this file from the cache.</source>
        <translation>Не удалось удалить этот файл из кэша.</translation>
    </message>
</context>
<context>
    <name>neuroio::UsagePager</name>
    <message>
        <source>the usage changed while it was being read (%1); try again</source>
        <translation>данные об использовании изменились во время чтения (%1); попробуйте ещё раз</translation>
    </message>
    <message>
        <source>%1 rows on a page, more than the %2 asked for</source>
        <translation>строк на странице: %1 — больше запрошенных %2</translation>
    </message>
    <message>
        <source>the next page is on another server (%1)</source>
        <translation>следующая страница находится на другом сервере (%1)</translation>
    </message>
    <message>
        <source>no rows on the first page, though count is %1</source>
        <translation>на первой странице нет строк, хотя count равен %1</translation>
    </message>
    <message>
        <source>count %1 in pages of %2 rows would be %3 pages, more than can be read</source>
        <translation>count %1 при %2 строках на странице означает страниц: %3 — больше, чем можно прочитать</translation>
    </message>
    <message>
        <source>count went from %1 to %2</source>
        <translation>count изменился с %1 на %2</translation>
    </message>
    <message>
        <source>page %1 had %2 rows instead of %3</source>
        <translation>на странице %1 оказалось строк: %2 вместо %3</translation>
    </message>
    <message>
        <source>%1 rows arrived, count said %2</source>
        <translation>получено строк: %1, а count сообщал %2</translation>
    </message>
    <message>
        <source>row id %1 arrived twice</source>
        <translation>строка с id %1 пришла дважды</translation>
    </message>
</context>
<context>
    <name>neuroio::ValueAxis</name>
    <message>
        <source>billion %1</source>
        <comment>an axis title: billions of the unit</comment>
        <translation>млрд %1</translation>
    </message>
    <message>
        <source>million %1</source>
        <comment>an axis title: millions of the unit</comment>
        <translation>млн %1</translation>
    </message>
</context>
<context>
    <name>neuroio::WholeFile</name>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <source>could not make the folder %1</source>
        <translation>не удалось создать папку %1</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CheckCommand</name>
    <message>
        <source>Says where each budget stands in the month open now, by the server&apos;s clock: one line per budget, &quot;ok&quot;, &quot;at risk&quot; or &quot;over&quot;. A monthly limit (API calls) is at risk when the month so far, carried to its end, would pass it; a ceiling (storage, licenses) when the trend of the last closed months crosses it within three months. Meant for cron and CI: it needs no display and no terminal.</source>
        <translation>Показывает состояние каждого бюджета в текущем открытом месяце по часам сервера: одна строка на бюджет — «в норме», «под угрозой» или «превышен». Месячный лимит (вызовы API) под угрозой, если месяц, продолженный до конца в том же темпе, превысит его; потолок (хранилище, лицензии) — если тренд последних закрытых месяцев пересечёт его в ближайшие три месяца. Для cron и CI: не нужны ни дисплей, ни терминал.</translation>
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
        <translation>Коды выхода:
  0    все бюджеты в норме (или под угрозой, без --warn-exit)
  1    бюджет превышен (или под угрозой, с --warn-exit)
  2    неверные аргументы или нечитаемый либо испорченный файл бюджетов;
       сообщение называет место
  3    токен отклонён или не имеет прав (не менеджер)
  4    ошибка сети, TLS, тайм-аут или ответ неверного формата
  130  прервано (Ctrl+C)</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Check every managed account in turn (manager tokens); each line starts with the account.</source>
        <translation>Проверить по очереди каждый управляемый аккаунт (токены менеджера); каждая строка начинается с аккаунта.</translation>
    </message>
    <message>
        <source>Exit with 1 when a budget is at risk, too.</source>
        <translation>Завершаться с кодом 1 и тогда, когда бюджет под угрозой.</translation>
    </message>
    <message>
        <source>--all-accounts and --account exclude each other</source>
        <translation>--all-accounts и --account исключают друг друга</translation>
    </message>
    <message>
        <source>%1 holds no budget</source>
        <translation>в %1 нет ни одного бюджета</translation>
    </message>
    <message>
        <source>--all-accounts: this token manages no account</source>
        <translation>--all-accounts: этот токен не управляет ни одним аккаунтом</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прервано</translation>
    </message>
    <message>
        <source>account %1 (%2): %3</source>
        <comment>an account&apos;s id and name, a budget&apos;s line</comment>
        <translation>аккаунт %1 (%2): %3</translation>
    </message>
    <message>
        <source>The budgets file (JSON; default: budgets.json beside the saved views, %1).</source>
        <translation>Файл бюджетов (JSON; по умолчанию — budgets.json рядом с сохранёнными представлениями, %1).</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CommandList</name>
    <message>
        <source>write usage rows or totals as CSV or JSON (no display needed)</source>
        <translation>записать строки использования или итоги в CSV или JSON (дисплей не нужен)</translation>
    </message>
    <message>
        <source>write a PDF report with charts and tables (no display needed)</source>
        <translation>записать PDF-отчёт с графиками и таблицами (дисплей не нужен)</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Without a command, the dashboard opens. &quot;neuroio-billing COMMAND --help&quot; describes a command.</source>
        <translation>Без команды открывается панель мониторинга. «neuroio-billing КОМАНДА --help» описывает команду.</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between command names</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>say where each budget stands this month; exit 1 when one is over (for cron)</source>
        <translation>показать состояние каждого бюджета в этом месяце; код 1, если какой-то превышен (для cron)</translation>
    </message>
</context>
<context>
    <name>neuroio::app::CommandSession</name>
    <message>
        <source>The token comes from the environment variable NEUROIO_API_TOKEN or from --token-file,
never from an argument: other users of this computer can read a process&apos;s arguments.</source>
        <translation>Токен берётся из переменной окружения NEUROIO_API_TOKEN или из --token-file
и никогда — из аргумента: другие пользователи этого компьютера могут читать аргументы процесса.</translation>
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
        <translation>Коды возврата:
  0    готово
  2    неверные аргументы (неправильный месяц, перевёрнутый диапазон, неизвестный тип события,
       нечитаемый файл токена, ...); в сообщении указан аргумент
  3    токен отклонён или у него нет прав (это не токен менеджера)
  4    ошибка сети, TLS, тайм-аут или некорректный ответ; в сообщении сказано, что именно
  5    не удалось записать вывод (диск заполнен, папка не существует)
  6    только --accounts-overview: записано, но некоторые аккаунты прочитать не удалось;
       в их строках стоит &quot;unavailable&quot;, а итоги и доли рассчитаны по остальным
       (если не удалось прочитать ни один или токен отклонён, ничего не записывается,
       а код равен 4 или 3)
  130  прервано (Ctrl+C)
Неудачные запросы сначала повторяются (см. --max-retries). После любой ошибки или
прерывания ничего не записывается: выходной файл не создаётся, прежний файл
с тем же именем остаётся как был, а стандартный вывод, канал или устройство не получают
ничего (их вывод ждёт во временном файле, пока не будет готов целиком).</translation>
    </message>
    <message>
        <source>NeuroIO server (default %1).</source>
        <translation>Сервер NeuroIO (по умолчанию %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Read the token from this file instead of NEUROIO_API_TOKEN.</source>
        <translation>Читать токен из этого файла вместо NEUROIO_API_TOKEN.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Use a local server with generated demo data, started in-process.</source>
        <translation>Использовать локальный сервер со сгенерированными демонстрационными данными, запущенный внутри процесса.</translation>
    </message>
    <message>
        <source>Give up on a request when nothing has arrived for this many seconds (default %1).</source>
        <translation>Прекращать запрос, если за столько секунд ничего не пришло (по умолчанию %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Try a failed request again up to N times (default %1): after 429 and 503 as long as the server&apos;s Retry-After asks (at most 60 s), after other 5xx, 408, cut connections and timeouts with a growing random wait. 0: never.</source>
        <translation>Повторять неудачный запрос до N раз (по умолчанию %1): после 429 и 503 — выждав столько, сколько просит заголовок Retry-After сервера (не более 60 с), после других 5xx, 408, обрывов соединения и тайм-аутов — с растущей случайной паузой. 0 — не повторять.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Keep at most N requests in flight at once (default %1, at most %2). It starts at 4 and grows while the server answers fast; it halves when the server answers 429 or 503.</source>
        <translation>Выполнять одновременно не более N запросов (по умолчанию %1, максимум %2). Их число начинается с 4 и растёт, пока сервер отвечает быстро; оно уменьшается вдвое, когда сервер отвечает 429 или 503.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>--demo and --base-url exclude each other</source>
        <translation>--demo и --base-url несовместимы</translation>
    </message>
    <message>
        <source>--demo: the local server did not start: %1</source>
        <translation>--demo: локальный сервер не запустился: %1</translation>
    </message>
    <message>
        <source>--base-url: &quot;%1&quot; is not a URL; give the whole address, such as https://iam.neuroio.com</source>
        <translation>--base-url: «%1» не является URL; укажите адрес полностью, например https://iam.neuroio.com</translation>
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
        <translation>--token-file: файл %1 пуст</translation>
    </message>
    <message>
        <source>no token: set NEUROIO_API_TOKEN or use --token-file (or --demo for demo data)</source>
        <translation>нет токена: задайте NEUROIO_API_TOKEN или используйте --token-file (или --demo для демонстрационных данных)</translation>
    </message>
    <message>
        <source>months %1 to %2 (%3)</source>
        <translation>месяцы с %1 по %2 (%3)</translation>
    </message>
    <message>
        <source>--spaces: %1 is not among this account&apos;s %2 spaces; it adds no rows.</source>
        <translation>--spaces: %1 нет среди пространств этого аккаунта (всего их %2); строк это не добавит.</translation>
    </message>
</context>
<context>
    <name>neuroio::app::DashboardCommand</name>
    <message>
        <source>See, chart and export NeuroIO usage.</source>
        <translation>Просмотр, графики и экспорт данных об использовании NeuroIO.</translation>
    </message>
    <message>
        <source>The token comes from the environment variable NEUROIO_API_TOKEN, never from an argument (other users can read a process&apos;s arguments).

The filter options set what the dashboard shows first; --from alone runs to the end of the default range (or the view&apos;s), --to alone keeps its length. With --demo or --screenshot the dashboard starts from its defaults and these options only, never from filters remembered from an earlier session, so the same command gives the same picture.</source>
        <translation>Токен берётся из переменной окружения NEUROIO_API_TOKEN и никогда — из аргумента (другие пользователи могут читать аргументы процесса).

Параметры фильтров задают, что панель мониторинга покажет сначала; --from без --to продлевает диапазон до конца диапазона по умолчанию (или диапазона представления), --to без --from сохраняет его длину. С --demo или --screenshot панель мониторинга запускается только со значениями по умолчанию и этими параметрами, без фильтров, запомненных в прошлом сеансе, поэтому одна и та же команда даёт одну и ту же картинку.</translation>
    </message>
    <message>
        <source>%1; none opens the dashboard.</source>
        <translation>%1; без команды открывается панель мониторинга.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[команда]</translation>
    </message>
    <message>
        <source>Start a local server with generated data and show it.</source>
        <translation>Запустить локальный сервер со сгенерированными данными и показать их.</translation>
    </message>
    <message>
        <source>NeuroIO server (default %1).</source>
        <translation>Сервер NeuroIO (по умолчанию %1).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>When everything has loaded, save the window as a PNG and exit.</source>
        <translation>Когда всё загрузится, сохранить окно в PNG и выйти.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The chart shown first: %1 (the first is the default).</source>
        <translation>График, показываемый первым: %1 (первый — по умолчанию).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Read every month from the server; keep nothing on disk.</source>
        <translation>Читать все месяцы с сервера; ничего не хранить на диске.</translation>
    </message>
    <message>
        <source>Seconds to wait for loading before giving up (default 15).</source>
        <translation>Сколько секунд ждать загрузки, прежде чем прекратить (по умолчанию 15).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>%1 See neuroio-billing --help.</source>
        <translation>%1 См. neuroio-billing --help.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>--chart must be %1, not &quot;%2&quot;</source>
        <translation>--chart: ожидается %1, а не «%2»</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between chart names</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>--screenshot-timeout must be a whole number of seconds</source>
        <translation>--screenshot-timeout: нужно целое число секунд</translation>
    </message>
    <message>
        <source>--demo and --server exclude each other</source>
        <translation>--demo и --server несовместимы</translation>
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
        <translation>дисплей не найден (не задана ни DISPLAY, ни WAYLAND_DISPLAY).
Запустите программу на виртуальном дисплее, например:
  xvfb-run -a %1 --demo --screenshot dashboard.png
или используйте команду, которой дисплей не нужен: neuroio-billing export, neuroio-billing report.
</translation>
    </message>
    <message>
        <source>the demo server did not start: %1</source>
        <translation>демонстрационный сервер не запустился: %1</translation>
    </message>
    <message>
        <source>demo data on %1</source>
        <translation>демонстрационные данные на %1</translation>
    </message>
    <message>
        <source>Once the dashboard has loaded, open the accounts overview (manager tokens).</source>
        <translation>Когда панель мониторинга загрузится, открыть обзор аккаунтов (токены менеджера).</translation>
    </message>
    <message>
        <source>Estimate costs from this price list (JSON) in this run; View &gt; Prices keeps one.</source>
        <translation>Оценивать расходы по этому прайс-листу (JSON) в этом запуске; Вид &gt; Цены сохраняет его.</translation>
    </message>
    <message>
        <source>The budgets file to show and edit (default: budgets.json beside the saved views).</source>
        <translation>Файл бюджетов для показа и правки (по умолчанию — budgets.json рядом с сохранёнными представлениями).</translation>
    </message>
    <message>
        <source>--prices: %1</source>
        <translation>--prices: %1</translation>
    </message>
    <message>
        <source>Draw earlier months over the trend charts, dotted: &quot;previous&quot; (the months just before) or &quot;year&quot; (a year earlier).</source>
        <translation>Рисовать прежние месяцы точками поверх графиков тренда: «previous» (месяцы непосредственно перед диапазоном) или «year» (годом раньше).</translation>
    </message>
    <message>
        <source>previous|year</source>
        <translation>previous|year</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a comparison; use previous or year</source>
        <translation>--compare: «%1» — не сравнение; используйте previous или year</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ExportCommand</name>
    <message>
        <source>--format: &quot;%1&quot; is not a format; use csv or json</source>
        <translation>--format: «%1» не является форматом; используйте csv или json</translation>
    </message>
    <message>
        <source>--delimiter applies to CSV only</source>
        <translation>--delimiter применим только к CSV</translation>
    </message>
    <message>
        <source>--delimiter: &quot;%1&quot; is not a delimiter; use , or ; or tab</source>
        <translation>--delimiter: «%1» не является разделителем; используйте , или ; или tab</translation>
    </message>
    <message>
        <source>--bom applies to CSV only</source>
        <translation>--bom применим только к CSV</translation>
    </message>
    <message>
        <source>--locale-numbers applies to CSV only</source>
        <translation>--locale-numbers применим только к CSV</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>прервано; ничего не записано</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Ничего не записано.</translation>
    </message>
    <message>
        <source>%1. Nothing was written.</source>
        <translation>%1. Ничего не записано.</translation>
    </message>
    <message>
        <source>written, but incomplete: %1 of %2 accounts could not be read: %3. Their rows say &quot;unavailable&quot; with the reason in the &quot;error&quot; column; the totals and shares are over the %4 that answered.</source>
        <translation>записано, но не полностью: не удалось прочитать аккаунты (%1 из %2): %3. В их строках стоит &quot;unavailable&quot;, а причина указана в столбце &quot;error&quot;; итоги и доли рассчитаны по ответившим (%4).</translation>
    </message>
    <message>
        <source>Writes NeuroIO usage, every row of every page, or its totals, as CSV or JSON.</source>
        <translation>Записывает данные об использовании NeuroIO (каждую строку каждой страницы) или их итоги в CSV или JSON.</translation>
    </message>
    <message>
        <source>Write the totals per event type (from the total endpoint) instead of the usage rows.</source>
        <translation>Записать итоги по типам событий (из эндпоинта итогов) вместо строк использования.</translation>
    </message>
    <message>
        <source>Write every managed account side by side: each one&apos;s totals per event type and its share (manager tokens).</source>
        <translation>Записать все управляемые аккаунты рядом: итоги каждого по типам событий и его долю (токены менеджера).</translation>
    </message>
    <message>
        <source>With --totals: one total per month and event type (needs --from and --to).</source>
        <translation>С --totals: один итог на месяц и тип события (нужны --from и --to).</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (по умолчанию) или json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>CSV delimiter: , (default), ; or tab.</source>
        <translation>Разделитель CSV: , (по умолчанию), ; или tab.</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>разделитель</translation>
    </message>
    <message>
        <source>Start the CSV with a UTF-8 byte-order mark (for spreadsheets).</source>
        <translation>Начать CSV с метки порядка байтов UTF-8 (для электронных таблиц).</translation>
    </message>
    <message>
        <source>Write CSV numbers in this computer&apos;s locale instead of plain ones.</source>
        <translation>Записывать числа в CSV в формате локали этого компьютера, а не в простом виде.</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (default -).</source>
        <translation>Файл для записи или - для стандартного вывода (по умолчанию -).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>Ask for N usage rows a page (default %1, 1 to %2); the server may send fewer.</source>
        <translation>Запрашивать по N строк использования на страницу (по умолчанию %1, от 1 до %2); сервер может прислать меньше.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--page-size must be a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>--page-size: нужно целое число от 1 до %1, а не «%2»</translation>
    </message>
    <message>
        <source>--page-size is for usage rows: it goes without --totals and --accounts-overview</source>
        <translation>--page-size относится к строкам использования: он несовместим с --totals и --accounts-overview</translation>
    </message>
    <message>
        <source>--by-month goes with --totals</source>
        <translation>--by-month используется только вместе с --totals</translation>
    </message>
    <message>
        <source>--accounts-overview covers every account: it goes without --totals, --account and --spaces</source>
        <translation>--accounts-overview охватывает все аккаунты: он несовместим с --totals, --account и --spaces</translation>
    </message>
    <message>
        <source>rows %1 of %2</source>
        <translation>строки %1 из %2</translation>
    </message>
    <message>
        <source>With --totals: add each total for earlier months and the change: &quot;previous&quot; (the months just before the range, as many; by month, the month before) or &quot;year&quot; (the same months a year earlier).</source>
        <translation>С --totals: добавить итог за более ранние месяцы и изменение: «previous» (столько же месяцев непосредственно перед диапазоном; по месяцам — предыдущий месяц) или «year» (те же месяцы годом ранее).</translation>
    </message>
    <message>
        <source>previous|year</source>
        <translation>previous|year</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a comparison; use previous or year</source>
        <translation>--compare: «%1» — не вид сравнения; используйте previous или year</translation>
    </message>
    <message>
        <source>--compare goes with --totals</source>
        <translation>--compare используется вместе с --totals</translation>
    </message>
    <message>
        <source>With --totals --by-month: after the months, three forecast months per event type (the trend of the range&apos;s closed months; rows of kind &quot;forecast&quot;, with forecast_low and forecast_high), never part of a total.</source>
        <translation>С --totals --by-month: после месяцев — три месяца прогноза для каждого типа события (тренд закрытых месяцев диапазона; строки вида «forecast» с forecast_low и forecast_high), никогда не входят в итоги.</translation>
    </message>
    <message>
        <source>--forecast goes with --totals --by-month</source>
        <translation>--forecast используется вместе с --totals --by-month</translation>
    </message>
    <message>
        <source>--prices: %1</source>
        <translation>--prices: %1</translation>
    </message>
    <message>
        <source>estimated_cost is an estimate from your price list (%1), not a bill: each account&apos;s months are priced on their own, rounded to a minor unit, and summed over the event types your list prices</source>
        <translation>estimated_cost — оценка по вашему прайс-листу (%1), а не счёт: месяцы каждого аккаунта считаются отдельно, округляются до минимальной денежной единицы и суммируются по типам событий, для которых в прайс-листе есть цена</translation>
    </message>
    <message>
        <source>With --totals or --accounts-overview: add estimated_cost and currency, the cost at the prices in this price list (JSON): an estimate, each month priced on its own (for the overview, each account&apos;s, summed over the event types the list prices).</source>
        <translation>С --totals или --accounts-overview: добавить estimated_cost и currency — расходы по ценам этого прайс-листа (JSON): оценка, каждый месяц считается отдельно (в обзоре — расходы каждого аккаунта, суммированные по типам событий, для которых в прайс-листе есть цена).</translation>
    </message>
    <message>
        <source>--prices goes with --totals or --accounts-overview</source>
        <translation>--prices используется вместе с --totals или --accounts-overview</translation>
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
        <translation>--spaces: «%1» не является id пространства</translation>
    </message>
    <message>
        <source>--event-types: &quot;%1&quot; is not an event type; use %2, or 1 to %3</source>
        <translation>--event-types: «%1» не является типом события; используйте %2 или число от 1 до %3</translation>
    </message>
    <message>
        <source>--account: &quot;%1&quot; is not an account id</source>
        <translation>--account: «%1» не является id аккаунта</translation>
    </message>
    <message>
        <source>First month, YYYY-MM.</source>
        <translation>Первый месяц, YYYY-MM.</translation>
    </message>
    <message>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM.</source>
        <translation>Последний месяц, YYYY-MM.</translation>
    </message>
    <message>
        <source>Space ids, comma-separated (default: all).</source>
        <translation>Id пространств через запятую (по умолчанию: все).</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Event types by name (%1) or number (1-%2), comma-separated (default: all).</source>
        <translation>Типы событий по имени (%1) или номеру (1-%2), через запятую (по умолчанию: все).</translation>
    </message>
    <message>
        <source>types</source>
        <translation>типы</translation>
    </message>
    <message>
        <source>A managed account&apos;s id (manager tokens); default: your own usage.</source>
        <translation>Id управляемого аккаунта (токены менеджера); по умолчанию: ваше собственное использование.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Start from a saved view (its name, or a view file): its scope, months (a relative range resolves today), spaces and event types. Other options override it.</source>
        <translation>Начать с сохранённого представления (его имя или файл представления): его область, месяцы (относительный диапазон вычисляется на сегодня), пространства и типы событий. Остальные параметры имеют приоритет над ним.</translation>
    </message>
    <message>
        <source>name|file</source>
        <translation>имя|файл</translation>
    </message>
    <message>
        <source>--view: %1</source>
        <translation>--view: %1</translation>
    </message>
    <message>
        <source>--from and --to: %1</source>
        <translation>--from и --to: %1</translation>
    </message>
    <message>
        <source>--from and --to</source>
        <translation>--from и --to</translation>
    </message>
    <message>
        <source>the view &quot;%1&quot;</source>
        <translation>представление «%1»</translation>
    </message>
    <message>
        <source>the default: %1</source>
        <translation>по умолчанию: %1</translation>
    </message>
    <message>
        <source>--from, to the end of %1</source>
        <translation>--from, конец диапазона — %1</translation>
    </message>
    <message>
        <source>--to, keeping the length of %1</source>
        <translation>--to, длина диапазона — %1</translation>
    </message>
</context>
<context>
    <name>neuroio::app::Main</name>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation>«%1» не является командой.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command (did you mean &quot;%2&quot;?).</source>
        <translation>«%1» не является командой (возможно, вы имели в виду «%2»?).</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ReportCommand</name>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-файл для записи.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>нужно указать --output</translation>
    </message>
    <message>
        <source>interrupted; nothing was written</source>
        <translation>прервано; ничего не записано</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Ничего не записано.</translation>
    </message>
    <message>
        <source>wrote a %1-page report to %2</source>
        <translation>отчёт (страниц: %1) записан в %2</translation>
    </message>
    <message>
        <source>Writes a PDF report of NeuroIO usage for a range of months: totals per event type, each against the months before and a year earlier, the forecast of the next three months, the monthly trend, the usage by space, and every space; with --budgets, where each budget stands this month; with --prices, the estimated cost.</source>
        <translation>Записывает PDF-отчёт об использовании NeuroIO за диапазон месяцев: итоги по типам событий, каждый — по сравнению с предыдущими месяцами и с годом ранее, прогноз на три следующих месяца, помесячную динамику, использование по пространствам и все пространства; с --budgets — состояние каждого бюджета в этом месяце; с --prices — оценку расходов.</translation>
    </message>
    <message>
        <source>Add each event type&apos;s estimated cost over the range at the prices in this price list (JSON): an estimate, each month priced on its own.</source>
        <translation>Добавить оценку расходов по каждому типу событий за диапазон по ценам этого прайс-листа (JSON): оценка, каждый месяц считается отдельно.</translation>
    </message>
    <message>
        <source>Add where each budget in this file (JSON, as for check) stands in the month open now, by the server&apos;s clock.</source>
        <translation>Добавить состояние каждого бюджета из этого файла (JSON, как для check) в открытом сейчас месяце, по часам сервера.</translation>
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
        <translation>--budgets: в %1 нет ни одного бюджета</translation>
    </message>
    <message>
        <source>the budgets could not be checked: %1 Nothing was written.</source>
        <translation>не удалось проверить бюджеты: %1 Ничего не записано.</translation>
    </message>
</context>
<context>
    <name>neuroio::app::ScreenshotTaker</name>
    <message>
        <source>the dashboard did not finish loading within %1 s</source>
        <translation>панель мониторинга не загрузилась за %1 с</translation>
    </message>
    <message>
        <source>saved %1, but loading failed: %2</source>
        <translation>сохранён файл %1, но загрузка не удалась: %2</translation>
    </message>
    <message>
        <source>saved %1: the first screen</source>
        <translation>сохранён файл %1: первый экран</translation>
    </message>
    <message>
        <source>saved %1: %2, %3, %4</source>
        <translation>сохранён файл %1: %2, %3, %4</translation>
    </message>
    <message>
        <source>saved %1: the accounts overview; %2</source>
        <translation>сохранён файл %1: обзор аккаунтов; %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::AccountsOverviewModel</name>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>The totals leave out the accounts that could not be read.</source>
        <translation>В итоги не вошли аккаунты, которые не удалось прочитать.</translation>
    </message>
    <message>
        <source>%1 %2 in %3, all accounts together</source>
        <translation>%1 %2 за %3, все аккаунты вместе</translation>
    </message>
    <message>
        <source>%1 %2, all accounts together</source>
        <translation>%1 %2, все аккаунты вместе</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open this account&apos;s dashboard</source>
        <translation>Дважды щёлкните, чтобы открыть панель мониторинга этого аккаунта</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>недоступно</translation>
    </message>
    <message>
        <source>The server sent no figure</source>
        <translation>Сервер не прислал значение</translation>
    </message>
    <message>
        <source>%1 %2 in %3 · average %4 · %5 %6 over %7</source>
        <translation>%1 %2 за %3 · в среднем %4 · %5 %6 за %7</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a quantity and its unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>an event type in a month</comment>
        <translation>%1 за %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an event type (the unit of its total)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Each account&apos;s share of all %1</source>
        <translation>Доля каждого аккаунта в общем объёме: %1</translation>
    </message>
    <message>
        <source>%1 is a level: each account&apos;s level in the range&apos;s last month. Hover a number for its average and its total in %2.</source>
        <translation>%1 — это уровень: значение каждого аккаунта в последнем месяце диапазона. Наведите указатель на число, чтобы увидеть среднее и итоговое количество %2.</translation>
    </message>
    <message>
        <source>%1, each account&apos;s total over the range</source>
        <translation>%1: итог каждого аккаунта за диапазон</translation>
    </message>
    <message>
        <source>Total (incomplete: %L1 unavailable)</source>
        <translation>Итого (неполно: недоступно %L1)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>none before</source>
        <translation>раньше не было</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>The months before could not be read: %1</source>
        <translation>Не удалось прочитать предыдущие месяцы: %1</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Рост</translation>
    </message>
    <message>
        <source>%1: each account&apos;s average level against %2, the months before the range, as many</source>
        <translation>%1: средний уровень каждого аккаунта по сравнению с %2 — столькими же месяцами перед диапазоном</translation>
    </message>
    <message>
        <source>%1: each account&apos;s total against %2, the months before the range, as many</source>
        <translation>%1: итог каждого аккаунта по сравнению с %2 — столькими же месяцами перед диапазоном</translation>
    </message>
    <message>
        <source>none, as before</source>
        <translation>ноль, как и раньше</translation>
    </message>
    <message>
        <source>%1 over %2, all accounts together: an estimate from your price list, not a bill</source>
        <translation>%1 за %2, все аккаунты вместе: оценка по вашему прайс-листу, а не счёт</translation>
    </message>
    <message>
        <source>%1 over %2: an estimate from your price list, not a bill</source>
        <translation>%1 за %2: оценка по вашему прайс-листу, а не счёт</translation>
    </message>
    <message>
        <source>Estimated cost (from your price list)</source>
        <translation>Оценка расходов (по вашему прайс-листу)</translation>
    </message>
    <message>
        <source>An estimate from your price list (%1), not a bill: each account&apos;s cost over %2, every month priced on its own and rounded to a minor unit, summed over the event types your list prices</source>
        <translation>Оценка по вашему прайс-листу (%1), а не счёт: расходы каждого аккаунта за %2, каждый месяц считается отдельно и округляется до минимальной денежной единицы, с суммой по типам событий, для которых в прайс-листе есть цена</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::AccountsOverviewPage</name>
    <message>
        <source>Accounts overview</source>
        <translation>Обзор аккаунтов</translation>
    </message>
    <message>
        <source>Accounts overview status</source>
        <translation>Состояние обзора аккаунтов</translation>
    </message>
    <message>
        <source>← Back to the dashboard</source>
        <translation>← Назад к панели мониторинга</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Назад к панели мониторинга</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <source>Export the accounts overview</source>
        <translation>Экспортировать обзор аккаунтов</translation>
    </message>
    <message>
        <source>Managed accounts</source>
        <translation>Управляемые аккаунты</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts.</source>
        <translation>Этот токен не может читать управляемые аккаунты.</translation>
    </message>
    <message>
        <source>The accounts could not be listed: %1</source>
        <translation>Не удалось получить список аккаунтов: %1</translation>
    </message>
    <message>
        <source>This manager manages no accounts.</source>
        <translation>Этот менеджер не управляет ни одним аккаунтом.</translation>
    </message>
    <message>
        <source>Accounts overview: %1</source>
        <translation>Обзор аккаунтов: %1</translation>
    </message>
    <message>
        <source>Listing the managed accounts…</source>
        <translation>Получение списка управляемых аккаунтов…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the overview to %1</source>
        <translation>Обзор записан в %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Reading each account&apos;s totals: %L1 of %L2…</source>
        <translation>Чтение итогов аккаунтов: %L1 из %L2…</translation>
    </message>
    <message>
        <source>Incomplete: %L1 of %L2 accounts could not be read; they show &quot;unavailable&quot;, and the totals and shares are over the %L3 that answered. Hover one for the reason.</source>
        <translation>Неполно: не удалось прочитать аккаунты (%L1 из %L2); они отмечены как «недоступно», а итоги и доли посчитаны по ответившим (%L3). Наведите указатель на аккаунт, чтобы увидеть причину.</translation>
    </message>
    <message>
        <source>%L1 accounts. Double-click one to open its dashboard.</source>
        <translation>Аккаунтов: %L1. Дважды щёлкните аккаунт, чтобы открыть его панель мониторинга.</translation>
    </message>
    <message>
        <source>Growth: each total against %1, as many months just before.</source>
        <translation>Рост: каждый итог по сравнению с %1 — столькими же месяцами непосредственно перед диапазоном.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BreakdownChart</name>
    <message>
        <source>The numbers of the space pointed at</source>
        <translation>Значения пространства под указателем</translation>
    </message>
    <message>
        <source>Usage by space</source>
        <translation>Использование по пространствам</translation>
    </message>
    <message>
        <source>Hover over or click a bar for its numbers.</source>
        <translation>Наведите указатель на столбец или щёлкните его, чтобы увидеть значения.</translation>
    </message>
    <message>
        <source>%1 (space %2)</source>
        <translation>%1 (пространство %2)</translation>
    </message>
    <message>
        <source>share of the total of every space</source>
        <translation>доля от общего итога всех пространств</translation>
    </message>
    <message>
        <source>Scrolls when the bars do not fit. The menu key saves the chart as a picture.</source>
        <translation>Прокручивается, если столбцы не помещаются. Клавиша меню сохраняет диаграмму как изображение.</translation>
    </message>
    <message>
        <source>%1 Double-click to show only this space.</source>
        <comment>a space&apos;s numbers, then this</comment>
        <translation>%1 Дважды щёлкните, чтобы показать только это пространство.</translation>
    </message>
    <message>
        <source>%1 Use the Table button for the numbers.</source>
        <comment>a summary of the chart first</comment>
        <translation>%1 Числа показывает кнопка «Таблица».</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::BudgetActions</name>
    <message>
        <source>The budgets could not be checked: %1</source>
        <translation>Не удалось проверить бюджеты: %1</translation>
    </message>
    <message>
        <source>Budgets saved to %1.</source>
        <translation>Бюджеты сохранены в %1.</translation>
    </message>
    <message>
        <source>B&amp;udgets…</source>
        <translation>&amp;Бюджеты…</translation>
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
        <translation>&amp;Добавить бюджет</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Все пространства</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>Пространства: %1 из %2</translation>
    </message>
    <message>
        <source>Spaces: %1</source>
        <translation>Пространства: %1</translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation>Нет пространств</translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>Поиск пространств</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Бюджеты</translation>
    </message>
    <message>
        <source>Kept in %1, which &quot;neuroio-billing check&quot; reads too. A budget on API calls is a limit on each month&apos;s sum; one on storage or licences, a ceiling on each month&apos;s level.</source>
        <translation>Хранятся в %1; этот же файл читает «neuroio-billing check». Бюджет на вызовы API ограничивает сумму за каждый месяц; бюджет на хранилище или лицензии — потолок уровня каждого месяца.</translation>
    </message>
    <message>
        <source>Budget name</source>
        <translation>Название бюджета</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Пространства</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Event &amp;type:</source>
        <translation>&amp;Тип события:</translation>
    </message>
    <message>
        <source>S&amp;paces:</source>
        <translation>&amp;Пространства:</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Лимит:</translation>
    </message>
    <message>
        <source>The budgets file could not be read, so none are listed: %1. Saving replaces it.</source>
        <translation>Не удалось прочитать файл бюджетов, поэтому список пуст: %1. Сохранение заменит его.</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Пространство %1</translation>
    </message>
    <message>
        <source>Add a budget to set its limit.</source>
        <translation>Добавьте бюджет, чтобы задать его лимит.</translation>
    </message>
    <message>
        <source>A ceiling on the month&apos;s level: over once a month&apos;s level is above it, at risk when the trend crosses it within three months.</source>
        <translation>Потолок уровня месяца: превышен, как только уровень месяца выше него; под угрозой, если тренд пересечёт его в ближайшие три месяца.</translation>
    </message>
    <message>
        <source>A limit on the month&apos;s sum: over once the month so far is above it, at risk when the month is on course to pass it.</source>
        <translation>Лимит суммы за месяц: превышен, как только сумма за месяц выше него; под угрозой, если к концу месяца сумма его превысит.</translation>
    </message>
    <message>
        <source>%1: no limit yet</source>
        <comment>a budget</comment>
        <translation>%1: лимит не задан</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no limit: set one above 0, or remove the budget.</source>
        <translation>У «%1» нет лимита: задайте лимит больше 0 или удалите бюджет.</translation>
    </message>
    <message>
        <source>The budgets were not saved: %1</source>
        <translation>Бюджеты не сохранены: %1</translation>
    </message>
    <message>
        <source> %1 a month</source>
        <comment>a limit&apos;s unit</comment>
        <translation> %1 в месяц</translation>
    </message>
    <message>
        <source>%1: ceiling %2 %3</source>
        <comment>a budget: its ceiling and unit</comment>
        <translation>%1: потолок %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 %3 a month</source>
        <comment>a budget: its limit and unit</comment>
        <translation>%1: %2 (%3) в месяц</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ChartImage</name>
    <message>
        <source>the picture could not be encoded as PNG</source>
        <translation>не удалось закодировать изображение в PNG</translation>
    </message>
    <message>
        <source>NeuroIO Billing</source>
        <translation>NeuroIO Billing</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Сохранить как SVG…</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Сохранение: %1</translation>
    </message>
    <message>
        <source>SVG pictures (*.svg)</source>
        <translation>Изображения SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ChartSummary</name>
    <message>
        <source>%1: no usage in these months.</source>
        <translation>%1: нет использования в эти месяцы.</translation>
    </message>
    <message>
        <source>%1: %2 in %3, the only month with usage.</source>
        <comment>an event type: a number in a month</comment>
        <translation>%1: %2 за %3 — единственный месяц с использованием.</translation>
    </message>
    <message>
        <source>%1 rose from 0 in %2 to %3 in %4.</source>
        <translation>%1: рост с 0 за %2 до %3 за %4.</translation>
    </message>
    <message>
        <source>%1 unchanged from %2 to %3, at %4.</source>
        <translation>%1: без изменений с %2 по %3, на уровне %4.</translation>
    </message>
    <message>
        <source>%1 rose %2 from %3 to %4.</source>
        <comment>an event type rose 12 % from a month to a month</comment>
        <translation>%1: рост на %2 с %3 по %4.</translation>
    </message>
    <message>
        <source>%1 fell %2 from %3 to %4.</source>
        <comment>an event type fell 12 % from a month to a month</comment>
        <translation>%1: снижение на %2 с %3 по %4.</translation>
    </message>
    <message>
        <source>%1 by space: no usage.</source>
        <translation>%1 по пространствам: нет использования.</translation>
    </message>
    <message>
        <source>%1 by space: the largest share is %2, with %3 of the total.</source>
        <comment>an event type; a space; a percentage</comment>
        <translation>%1 по пространствам: наибольшая доля у «%2» — %3 от итога.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ConnectDialog</name>
    <message>
        <source>API &amp;token</source>
        <translation>&amp;Токен API</translation>
    </message>
    <message>
        <source>&amp;Username and password</source>
        <translation>&amp;Имя пользователя и пароль</translation>
    </message>
    <message>
        <source>Connect to NeuroIO</source>
        <translation>Подключение к NeuroIO</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Токен API</translation>
    </message>
    <message>
        <source>An access or manager token</source>
        <translation>Токен доступа или токен менеджера</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Способ входа:</translation>
    </message>
    <message>
        <source>Enter an API token.</source>
        <translation>Введите токен API.</translation>
    </message>
    <message>
        <source>Enter a username and a password.</source>
        <translation>Введите имя пользователя и пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ConnectionSettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation>Настройки подключения</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for</source>
        <translation>Прекращать ожидание, если ничего не приходит в течение</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>Try a failed request again</source>
        <translation>Повторять неудачный запрос</translation>
    </message>
    <message>
        <source>Requests at once, at most</source>
        <translation>Одновременных запросов, не более</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>Keep nothing</source>
        <translation>Ничего не хранить</translation>
    </message>
    <message>
        <source>Closed months kept on this computer, at most</source>
        <translation>Кэш закрытых месяцев на этом компьютере, не более</translation>
    </message>
    <message>
        <source>Give up when nothing arrives for:</source>
        <translation>Прекращать ожидание, если ничего не приходит в течение:</translation>
    </message>
    <message>
        <source>Try a failed request again, at most:</source>
        <translation>Повторять неудачный запрос, не более:</translation>
    </message>
    <message>
        <source>Requests at once, at most:</source>
        <translation>Одновременных запросов, не более:</translation>
    </message>
    <message>
        <source>Closed months kept on this computer, at most:</source>
        <translation>Кэш закрытых месяцев на этом компьютере, не более:</translation>
    </message>
    <message>
        <source>A request is tried again when the server is busy (429 or 503: as long as its Retry-After asks, at most 60 s), has a passing problem (other 5xx, 408), or the connection breaks. Refusals such as a wrong token are never tried again. Loading starts with 4 requests at once and asks for more while the server answers fast, half as many when it says it is busy. A month that ended more than a day ago no longer changes: its usage is kept on this computer, for this server and token only, and read from there next time.</source>
        <translation>Запрос повторяется, когда сервер перегружен (429 или 503: после паузы, которую просит его Retry-After, но не более 60 с), когда у него временная проблема (другие 5xx, 408) или когда обрывается соединение. Отказы, например из-за неверного токена, никогда не повторяются. Загрузка начинается с 4 одновременных запросов и увеличивает их число, пока сервер отвечает быстро, а когда он сообщает о перегрузке — уменьшает вдвое. Месяц, закончившийся больше суток назад, уже не меняется: данные о его использовании хранятся на этом компьютере (только для этого сервера и токена) и в следующий раз читаются оттуда.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardController</name>
    <message>
        <source>%1 is not over yet, so its total is partial</source>
        <translation>%1 ещё не закончился, поэтому его итог неполный</translation>
    </message>
    <message numerus="yes">
        <source>not drawn for more than %n months</source>
        <translation>
            <numerusform>не рисуется для более чем %n месяца</numerusform>
            <numerusform>не рисуется для более чем %n месяцев</numerusform>
            <numerusform>не рисуется для более чем %n месяцев</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardPage</name>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Usage rows</source>
        <translation>Строки использования</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Использование</translation>
    </message>
    <message>
        <source>Monthly trend</source>
        <translation>Помесячная динамика</translation>
    </message>
    <message>
        <source>each event type on its own scale</source>
        <translation>у каждого типа события своя шкала</translation>
    </message>
    <message>
        <source>By space</source>
        <translation>По пространствам</translation>
    </message>
    <message>
        <source>Every space. Double-click a space to show only it.</source>
        <translation>Все пространства. Дважды щёлкните пространство, чтобы показать только его.</translation>
    </message>
    <message>
        <source>Event type of the breakdown by space</source>
        <translation>Тип события для разбивки по пространствам</translation>
    </message>
    <message>
        <source>Spaces with a bar of their own</source>
        <translation>Пространства с отдельным столбцом</translation>
    </message>
    <message>
        <source>How many of the largest spaces get a bar of their own; the rest share &quot;Others&quot;</source>
        <translation>Сколько крупнейших пространств получают отдельный столбец; остальные объединяются в «Остальные»</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Все пространства</translation>
    </message>
    <message>
        <source>Find a space</source>
        <translation>Найти пространство</translation>
    </message>
    <message>
        <source>Find a space by name</source>
        <translation>Найти пространство по имени</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <source>Usage by space</source>
        <translation>Использование по пространствам</translation>
    </message>
    <message>
        <source>See the message above.</source>
        <translation>См. сообщение выше.</translation>
    </message>
    <message>
        <source>Loading was cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <source>%1, as the total endpoint reports them</source>
        <translation>%1, по данным эндпоинта итогов</translation>
    </message>
    <message>
        <source>in the server&apos;s order, one page at a time</source>
        <translation>в порядке, заданном сервером, по одной странице</translation>
    </message>
    <message>
        <source>Sorting waits until every row is in (the charts are reading them): sorting one page would hide rows from other pages.</source>
        <translation>Сортировка станет доступна, когда загрузятся все строки (их читают графики): сортировка одной страницы скрыла бы строки с других страниц.</translation>
    </message>
    <message>
        <source>in the server&apos;s order · click a column to sort all %L1 rows</source>
        <translation>в порядке, заданном сервером · щёлкните столбец, чтобы отсортировать все строки (%L1)</translation>
    </message>
    <message>
        <source>Click a column to sort all %L1 rows by it.</source>
        <translation>Щёлкните столбец, чтобы отсортировать по нему все строки (%L1).</translation>
    </message>
    <message>
        <source>all %L1 rows, sorted by %2 (%3)</source>
        <translation>все строки (%L1), сортировка: %2 (%3)</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>по возрастанию</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <source>Click again to reverse the order.</source>
        <translation>Щёлкните ещё раз, чтобы изменить порядок на обратный.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 spaces match “%4”</source>
        <translation>%1 · пространств, совпадающих с «%4»: %2 из %3</translation>
    </message>
    <message>
        <source>%1 · %2 spaces</source>
        <translation>%1 · пространств: %2</translation>
    </message>
    <message>
        <source>Top %L1 spaces</source>
        <translation>Топ-%L1 пространств</translation>
    </message>
    <message>
        <source>The monthly trend, or the usage by space; each with a Table button for its numbers</source>
        <translation>Помесячная динамика или использование по пространствам; у каждой — кнопка «Таблица» с числами</translation>
    </message>
    <message>
        <source>Reading usage: page %L1 of %L2</source>
        <translation>Чтение данных об использовании: страница %L1 из %L2</translation>
    </message>
    <message>
        <source>Reading usage: page %L1</source>
        <translation>Чтение данных об использовании: страница %L1</translation>
    </message>
    <message>
        <source>Compare the trend with</source>
        <translation>Сравнить тренд с</translation>
    </message>
    <message>
        <source>Draw earlier months over the trend, dotted, month beside month</source>
        <translation>Рисовать прежние месяцы точками поверх тренда, месяц к месяцу</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Без сравнения</translation>
    </message>
    <message>
        <source>Compare with the period before</source>
        <translation>Сравнить с предыдущим периодом</translation>
    </message>
    <message>
        <source>Compare with a year earlier</source>
        <translation>Сравнить с тем же периодом год назад</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::DashboardPanel</name>
    <message>
        <source>%1 status</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Details of the problem in %1</source>
        <translation>Подробности проблемы: %1</translation>
    </message>
    <message>
        <source>%1 as a table</source>
        <translation>%1 в виде таблицы</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Таблица</translation>
    </message>
    <message>
        <source>Show these numbers as a table</source>
        <translation>Показать эти значения в виде таблицы</translation>
    </message>
    <message>
        <source>Show %1 as a table</source>
        <translation>Показать «%1» в виде таблицы</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No usage for these filters.</source>
        <translation>Нет данных об использовании для этих фильтров.</translation>
    </message>
    <message>
        <source>Could not load. %1</source>
        <translation>Не удалось загрузить. %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ExportActions</name>
    <message>
        <source>Exporting usage</source>
        <translation>Экспорт использования</translation>
    </message>
    <message>
        <source>Exporting totals</source>
        <translation>Экспорт итогов</translation>
    </message>
    <message>
        <source>Export &amp;usage…</source>
        <translation>Экспорт &amp;использования…</translation>
    </message>
    <message>
        <source>Every row of the current filters, all pages (Ctrl+E)</source>
        <translation>Все строки по текущим фильтрам, со всех страниц (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export &amp;totals…</source>
        <translation>Экспорт и&amp;тогов…</translation>
    </message>
    <message>
        <source>Export &amp;report (PDF)…</source>
        <translation>Экспорт от&amp;чёта (PDF)…</translation>
    </message>
    <message>
        <source>Export not started: %1</source>
        <translation>Экспорт не начат: %1</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Wrote a %1-page report to %2</source>
        <translation>Отчёт (страниц: %1) записан в %2</translation>
    </message>
    <message>
        <source>Report not written: %1</source>
        <translation>Отчёт не записан: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2</source>
        <translation>В %2 записано строк: %1</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Сбой экспорта: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ExportDialog</name>
    <message>
        <source>Start with a byte-order mark (lets Excel see UTF-8)</source>
        <translation>Начинать с метки порядка байтов (чтобы Excel распознал UTF-8)</translation>
    </message>
    <message>
        <source>Export usage</source>
        <translation>Экспорт использования</translation>
    </message>
    <message>
        <source>Export totals</source>
        <translation>Экспорт итогов</translation>
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
        <translation>Формат</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Plain (1234567.5)</source>
        <translation>Простые (1234567.5)</translation>
    </message>
    <message>
        <source>This computer&apos;s locale (%1)</source>
        <translation>Локаль этого компьютера (%1)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>Фор&amp;мат:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Числа:</translation>
    </message>
    <message>
        <source>One total per month and event type</source>
        <translation>Один итог на месяц и тип события</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>Выберите файл.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>All spaces</source>
        <translation>Все пространства</translation>
    </message>
    <message>
        <source>%1 of %2 spaces</source>
        <translation>Пространства: %1 из %2</translation>
    </message>
    <message>
        <source>Selected spaces: %1</source>
        <translation>Выбрано пространств: %1</translation>
    </message>
    <message>
        <source>No spaces</source>
        <translation>Нет пространств</translation>
    </message>
    <message>
        <source>Search spaces</source>
        <translation>Поиск пространств</translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>Все типы событий</translation>
    </message>
    <message>
        <source>%1 of %2 event types</source>
        <translation>Типы событий: %1 из %2</translation>
    </message>
    <message>
        <source>No event types</source>
        <translation>Нет типов событий</translation>
    </message>
    <message>
        <source>Search event types</source>
        <translation>Поиск типов событий</translation>
    </message>
    <message>
        <source>Scope: whose usage</source>
        <translation>Область: чьё использование</translation>
    </message>
    <message>
        <source>My usage</source>
        <translation>Моё использование</translation>
    </message>
    <message>
        <source>Account name or id</source>
        <translation>Имя или id аккаунта</translation>
    </message>
    <message>
        <source>Search accounts by name or id</source>
        <translation>Поиск аккаунтов по имени или id</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Область</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Пространства</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы событий</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Load everything again (F5)</source>
        <translation>Загрузить всё заново (F5)</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>No managed account matches &quot;%1&quot;.</source>
        <translation>Нет управляемого аккаунта, соответствующего «%1».</translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation>Аккаунт %1</translation>
    </message>
    <message>
        <source>%1 (account %2)</source>
        <translation>%1 (аккаунт %2)</translation>
    </message>
    <message>
        <source>Your own usage, or that of an account you manage</source>
        <translation>Ваше собственное использование или использование управляемого вами аккаунта</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts.</source>
        <translation>Этот токен не может читать управляемые аккаунты.</translation>
    </message>
    <message>
        <source>Managed accounts could not be listed: %1</source>
        <translation>Не удалось получить список управляемых аккаунтов: %1</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Пространство %1</translation>
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
        <translation>&amp;Назад к прежним фильтрам</translation>
    </message>
    <message>
        <source>Back to the filters before (Alt+Left)</source>
        <translation>Назад к прежним фильтрам (Alt+Left)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::HelpActions</name>
    <message>
        <source>&amp;About NeuroIO Billing</source>
        <translation>&amp;О программе NeuroIO Billing</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source> or </source>
        <comment>between two shortcuts</comment>
        <translation> или </translation>
    </message>
    <message>
        <source>&lt;h3&gt;NeuroIO Billing %1&lt;/h3&gt;&lt;p&gt;See, chart and export your NeuroIO platform usage.&lt;/p&gt;&lt;p&gt;Running on Qt %2 (built with Qt %3).&lt;/p&gt;&lt;p&gt;Licence: MIT. Qt is used under the GNU LGPL version 3.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;NeuroIO Billing %1&lt;/h3&gt;&lt;p&gt;Просматривайте, анализируйте на графиках и экспортируйте данные об использовании платформы NeuroIO.&lt;/p&gt;&lt;p&gt;Работает на Qt %2 (собрано с Qt %3).&lt;/p&gt;&lt;p&gt;Лицензия: MIT. Qt используется на условиях GNU LGPL версии 3.&lt;/p&gt;&lt;p&gt;Документация: &lt;a href=&quot;%4&quot;&gt;%4&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About NeuroIO Billing</source>
        <translation>О программе NeuroIO Billing</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>%1 takes effect the next time NeuroIO Billing starts.</source>
        <translation>%1: изменение вступит в силу при следующем запуске NeuroIO Billing.</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Язык системы (%1)</translation>
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
        <translation>Вы вошли как</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Панель мониторинга</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Подключиться…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <source>&amp;Forget saved token</source>
        <translation>&amp;Забыть сохранённый токен</translation>
    </message>
    <message>
        <source>Connection &amp;Settings…</source>
        <translation>&amp;Настройки подключения…</translation>
    </message>
    <message>
        <source>C&amp;lear Cached Usage</source>
        <translation>Очистить &amp;кэш использования</translation>
    </message>
    <message>
        <source>Cleared %1 MB of cached usage: closed months come from the server again.</source>
        <translation>Очищено %1 МБ кэша использования: закрытые месяцы снова будут загружаться с сервера.</translation>
    </message>
    <message>
        <source>Usage of closed months is kept on this computer, for this server and token only; this removes it.</source>
        <translation>Данные об использовании за закрытые месяцы хранятся на этом компьютере, только для этого сервера и токена; это действие удаляет их.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Accounts overview</source>
        <translation>&amp;Обзор аккаунтов</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>%1 · the server refused the token</source>
        <translation>%1 · сервер отклонил токен</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Токен отклонён</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Нет подключения</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Подключение: %1</translation>
    </message>
    <message>
        <source>NeuroIO Billing — %1</source>
        <translation>NeuroIO Billing — %1</translation>
    </message>
    <message>
        <source>The server gives at most %L1 rows per page.</source>
        <translation>Сервер отдаёт не больше %L1 строк на странице.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MonthRangePicker</name>
    <message>
        <source>First month</source>
        <translation>Первый месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Последний месяц</translation>
    </message>
    <message>
        <source>Month range preset</source>
        <translation>Предустановка диапазона месяцев</translation>
    </message>
    <message>
        <source>First month of the range</source>
        <translation>Первый месяц диапазона</translation>
    </message>
    <message>
        <source>Last month of the range</source>
        <translation>Последний месяц диапазона</translation>
    </message>
    <message>
        <source>Months covered</source>
        <translation>Охваченные месяцы</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>Не применено: %1</translation>
    </message>
    <message>
        <source>Custom range: %1</source>
        <translation>Произвольный диапазон: %1</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>A preset range, or the first and the last month</source>
        <translation>Готовый диапазон или первый и последний месяц</translation>
    </message>
    <message>
        <source>%1 (1 month)</source>
        <comment>a range of one month</comment>
        <translation>%1 (1 мес.)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln months)</source>
        <comment>a range, then how many months it has</comment>
        <translation>
            <numerusform>%1 (%Ln месяц)</numerusform>
            <numerusform>%1 (%Ln месяца)</numerusform>
            <numerusform>%1 (%Ln месяцев)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MonthlyTrendModel</name>
    <message>
        <source>No usage rows for %1 in %2</source>
        <translation>Нет строк использования по типу «%1» за %2</translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4</source>
        <translation>%1 за %2: %3 %4</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Количество %1</translation>
    </message>
    <message>
        <source>%1: no usage</source>
        <comment>an earlier month, for comparison</comment>
        <translation>%1: нет использования</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <comment>an earlier month, for comparison</comment>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::MultiSelectButton</name>
    <message>
        <source>Tick at least one, or &quot;%1&quot;.</source>
        <translation>Отметьте хотя бы один пункт или «%1».</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::PagerBar</name>
    <message>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Предыдущая страница (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Следующая страница (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Номер страницы</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Строк на странице</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Показанные строки</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>из %1</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Нет строк</translation>
    </message>
    <message>
        <source>Rows %1–%2 of %3</source>
        <translation>Строки %1–%2 из %3</translation>
    </message>
    <message>
        <source>Pages of usage rows</source>
        <translation>Страницы строк использования</translation>
    </message>
    <message>
        <source>%L1 per page</source>
        <translation>%L1 на странице</translation>
    </message>
    <message>
        <source>%L1 per page (server limit)</source>
        <translation>%L1 на странице (предел сервера)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::PriceListActions</name>
    <message>
        <source>&amp;Stop Using Prices</source>
        <translation>&amp;Не использовать цены</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>&amp;Цены</translation>
    </message>
    <message>
        <source>&amp;Use a Price List File…</source>
        <translation>&amp;Использовать файл цен…</translation>
    </message>
    <message>
        <source>Costs are not estimated: %1</source>
        <translation>Расходы не оцениваются: %1</translation>
    </message>
    <message>
        <source>Costs are estimated from %1 (kept as %2).</source>
        <translation>Расходы оцениваются по %1 (сохранён как %2).</translation>
    </message>
    <message>
        <source>Costs are no longer estimated.</source>
        <translation>Расходы больше не оцениваются.</translation>
    </message>
    <message>
        <source>Using %1 (%2)</source>
        <comment>a price list file (its currency)</comment>
        <translation>Используется %1 (%2)</translation>
    </message>
    <message>
        <source>No price list: costs are not estimated</source>
        <translation>Нет прайс-листа: расходы не оцениваются</translation>
    </message>
    <message>
        <source>Use a Price List File</source>
        <translation>Использовать файл цен</translation>
    </message>
    <message>
        <source>Price lists (*.json);;All files (*)</source>
        <translation>Прайс-листы (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The price list was not used: %1</source>
        <translation>Прайс-лист не использован: %1</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ReportWriter</name>
    <message>
        <source>NeuroIO usage · %1 · %2</source>
        <translation>Использование NeuroIO · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>the report has no event type to show</source>
        <translation>в отчёте нет типов событий для отображения</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Область: %1</translation>
    </message>
    <message>
        <source>Months: %1 (%2 months)</source>
        <translation>Месяцы: %1 (%2 мес.)</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Фильтры: %1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>Создан: %1</translation>
    </message>
    <message>
        <source>Totals per event type</source>
        <translation>Итоги по типам событий</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Total over the range</source>
        <translation>Итог за диапазон</translation>
    </message>
    <message>
        <source>Unit of the total</source>
        <translation>Единица итога</translation>
    </message>
    <message>
        <source>Latest month</source>
        <translation>Последний месяц</translation>
    </message>
    <message>
        <source>Monthly average</source>
        <translation>Среднее за месяц</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a number (its month)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>API calls are a flow: the total is the calls made over the range. Storage and licences are levels, counted each month: the total endpoint adds the months up, in unit-months (a person stored for 12 months is 12 person-months). How many are kept is the latest month&apos;s level.</source>
        <translation>Вызовы API — это поток: итог равен числу вызовов за диапазон. Хранение и лицензии — это уровни, которые учитываются каждый месяц: эндпоинт итогов складывает месяцы, и итог выражается в «единицах × месяцы» (персона, хранившаяся 12 месяцев, даёт 12 персоно-месяцев). Текущий объём хранения показывает уровень последнего месяца.</translation>
    </message>
    <message>
        <source>Monthly trend (each event type on its own scale)</source>
        <translation>Помесячная динамика (у каждого типа события своя шкала)</translation>
    </message>
    <message>
        <source>By space: %1</source>
        <translation>По пространствам: %1</translation>
    </message>
    <message>
        <source>Every space (API calls: total over the range; storage and licences: their level in the last month)</source>
        <translation>Все пространства (вызовы API: итог за диапазон; хранение и лицензии: уровень в последнем месяце)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <source>Every space (continued)</source>
        <translation>Все пространства (продолжение)</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>не удалось начать создание PDF</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::RetryBanner</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation>Ожидание повторной попытки</translation>
    </message>
    <message>
        <source>Stops waiting, and stops loading the dashboard</source>
        <translation>Прекращает ожидание и загрузку панели мониторинга</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SaveViewDialog</name>
    <message>
        <source>Open this view at start</source>
        <translation>Открывать это представление при запуске</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить представление</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Имя представления</translation>
    </message>
    <message>
        <source>The months stay fixed: %1.</source>
        <translation>Месяцы фиксированы: %1.</translation>
    </message>
    <message>
        <source>The months stay relative: &quot;%1&quot; is worked out on the day the view is opened.</source>
        <translation>Месяцы относительные: «%1» вычисляется в день открытия представления.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SessionController</name>
    <message>
        <source>Token kept for this session only</source>
        <translation>Токен сохранён только на этот сеанс</translation>
    </message>
    <message>
        <source>No keychain answered (%1), so the token is kept in memory and forgotten when NeuroIO Billing closes. It is never written to a file.</source>
        <translation>Ни одно хранилище ключей не ответило (%1), поэтому токен хранится в памяти и будет забыт при закрытии NeuroIO Billing. В файл он никогда не записывается.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>space %1</source>
        <translation>пространство %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>аккаунт %1</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Вы вошли как %1 (%2)</translation>
    </message>
    <message>
        <source>The token expires %1</source>
        <translation>Токен действителен до %1</translation>
    </message>
    <message>
        <source>Signed in as %1. This token expires %2.</source>
        <translation>Вы вошли как %1. Токен действителен до %2.</translation>
    </message>
    <message>
        <source>The server refused the token (%1). Sign in again.</source>
        <translation>Сервер отклонил токен (%1). Войдите снова.</translation>
    </message>
    <message>
        <source>The saved token was removed from the keychain.</source>
        <translation>Сохранённый токен удалён из хранилища ключей.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Each action of the window and the keys that run it</source>
        <translation>Все действия окна и клавиши, которые их выполняют</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::SpaceBreakdownModel</name>
    <message>
        <source>%1 in %2 (a monthly level)</source>
        <translation>%1 за %2 (уровень месяца)</translation>
    </message>
    <message>
        <source>%1, total over the range</source>
        <translation>%1, итог за диапазон</translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4)</source>
        <translation>%1: %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Enter another token…</source>
        <translation>Ввести другой токен…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Enter another token</source>
        <translation>Ввести другой токен</translation>
    </message>
    <message>
        <source>Details of the problem</source>
        <translation>Подробности проблемы</translation>
    </message>
    <message>
        <source>Show the details of the problem</source>
        <translation>Показать подробности проблемы</translation>
    </message>
    <message>
        <source>The server did not accept the token, so nothing more can be loaded. Enter another token to go on.</source>
        <translation>Сервер не принял токен, поэтому больше ничего загрузить нельзя. Чтобы продолжить, введите другой токен.</translation>
    </message>
    <message>
        <source>Loading was cancelled. Retry loads the dashboard again.</source>
        <translation>Загрузка отменена. Кнопка «Повторить» загрузит панель мониторинга заново.</translation>
    </message>
    <message>
        <source>This token cannot read managed accounts: it is not a manager&apos;s token.</source>
        <translation>Этот токен не может читать управляемые аккаунты: это не токен менеджера.</translation>
    </message>
    <message>
        <source>%1 Retry in a moment.</source>
        <comment>a problem, then this</comment>
        <translation>%1 Повторите попытку чуть позже.</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TableCopy</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TokenVault</name>
    <message>
        <source>the keychain did not answer</source>
        <translation>хранилище ключей не ответило</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TotalsModel</name>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>could not compare with %1: %2</source>
        <translation>не удалось сравнить с %1: %2</translation>
    </message>
    <message>
        <source>Against the period before</source>
        <translation>По сравнению с предыдущим периодом</translation>
    </message>
    <message>
        <source>Against a year earlier</source>
        <translation>По сравнению с годом ранее</translation>
    </message>
    <message>
        <source>Budgets this month</source>
        <translation>Бюджеты в этом месяце</translation>
    </message>
    <message>
        <source>%1 for %2: an estimate from your price list, not a bill</source>
        <translation>%1 за «%2»: оценка по вашему прайс-листу, а не счёт</translation>
    </message>
    <message>
        <source>Estimated cost (from your price list)</source>
        <translation>Оценка расходов (по вашему прайс-листу)</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TotalsTiles</name>
    <message>
        <source>not given</source>
        <translation>нет данных</translation>
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
        <translation>сервер не прислал итог</translation>
    </message>
    <message>
        <source>%1: %2. Storage and licences are levels, counted each month; the total endpoint adds the months up, in %3. %4</source>
        <translation>%1: %2. Хранение и лицензии — это уровни, которые учитываются каждый месяц; эндпоинт итогов складывает месяцы, и итог — это количество %3. %4</translation>
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
        <translation>Итоги</translation>
    </message>
    <message>
        <source>One tile per event type. The menu key saves them as a picture.</source>
        <translation>Одна плитка на тип события. Клавиша меню сохраняет их как изображение.</translation>
    </message>
    <message>
        <source>≈ %1 · estimate from your price list</source>
        <comment>an amount of money</comment>
        <translation>≈ %1 · оценка по вашему прайс-листу</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>Не сравнивается: %1</translation>
    </message>
    <message>
        <source>%1 so far: %2 %3 · on course for %4 by its end</source>
        <comment>a month not yet over: its figure so far, unit, its projected end</comment>
        <translation>%1 пока: %2 (%3) · к концу месяца будет %4</translation>
    </message>
    <message>
        <source>cost too large to estimate from your price list</source>
        <translation>расходы слишком велики для оценки по вашему прайс-листу</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::TrendCharts</name>
    <message>
        <source>Monthly trend of %1</source>
        <translation>Помесячная динамика: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>an event type (its unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Monthly trend charts</source>
        <translation>Графики помесячной динамики</translation>
    </message>
    <message>
        <source>One chart per event type. The menu key saves them as a picture.</source>
        <translation>Один график на тип события. Клавиша меню сохраняет их как изображение.</translation>
    </message>
    <message>
        <source>%1 Use the Table button for the numbers. Double-click a month to show only it.</source>
        <comment>a summary of the chart, such as: API calls rose 12 % from 2025-11 to 2026-10.</comment>
        <translation>%1 Числа показывает кнопка «Таблица». Дважды щёлкните месяц, чтобы показать только его.</translation>
    </message>
    <message>
        <source>forecast (dashed)</source>
        <translation>прогноз (пунктир)</translation>
    </message>
    <message>
        <source>forecast band</source>
        <translation>диапазон прогноза</translation>
    </message>
    <message numerus="yes">
        <source>Forecast (dashed): %1 %2 in %3, from the trend of %n closed months.</source>
        <translation>
            <numerusform>Прогноз (пунктир): %1 (%2) на %3 по тренду %n закрытого месяца.</numerusform>
            <numerusform>Прогноз (пунктир): %1 (%2) на %3 по тренду %n закрытых месяцев.</numerusform>
            <numerusform>Прогноз (пунктир): %1 (%2) на %3 по тренду %n закрытых месяцев.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2: %3 %4, %5</source>
        <comment>a type in a month: its figure, why unusual</comment>
        <translation>%1 за %2: %3 (%4), %5</translation>
    </message>
    <message>
        <source>Unusual months (ringed on the charts): %1</source>
        <translation>Необычные месяцы (обведены на графиках): %1</translation>
    </message>
    <message>
        <source>unusual month (ringed)</source>
        <translation>необычный месяц (обведён)</translation>
    </message>
    <message>
        <source>ceiling %1</source>
        <comment>a budget&apos;s ceiling</comment>
        <translation>потолок %1</translation>
    </message>
    <message>
        <source>limit %1</source>
        <comment>a budget&apos;s monthly limit</comment>
        <translation>лимит %1</translation>
    </message>
    <message>
        <source>Budget (dash-dot line): a ceiling of %1 %2, %3.</source>
        <translation>Бюджет (штрихпунктир): потолок %1 (%2), %3.</translation>
    </message>
    <message>
        <source>Budget (dash-dot line): a limit of %1 %2 a month, %3.</source>
        <translation>Бюджет (штрихпунктир): лимит %1 (%2) в месяц, %3.</translation>
    </message>
    <message>
        <source>a year earlier, %1</source>
        <translation>годом раньше, %1</translation>
    </message>
    <message>
        <source>the period before, %1</source>
        <translation>предыдущий период, %1</translation>
    </message>
    <message>
        <source>%1 is not over: %2 %3 so far in %4 of its %5 days, on course for %6 by its end (a projection at the rate so far).</source>
        <translation>%1 ещё не закончился: пока %2 (%3) за %4 из %5 дней, к концу месяца будет %6 (проекция по текущему темпу).</translation>
    </message>
    <message>
        <source>dashed, in a shaded band: forecast</source>
        <translation>пунктир в затенённой полосе: прогноз</translation>
    </message>
    <message>
        <source>dotted: %1</source>
        <translation>точки: %1</translation>
    </message>
    <message>
        <source>hollow square: where the month not yet over is on course to end</source>
        <translation>пустой квадрат: чем, по текущему темпу, закончится незавершённый месяц</translation>
    </message>
    <message>
        <source>ringed: an unusual month</source>
        <translation>в кружке: необычный месяц</translation>
    </message>
    <message>
        <source>%1 ceiling %2</source>
        <comment>an event type, its budget&apos;s ceiling</comment>
        <translation>%1: потолок %2</translation>
    </message>
    <message>
        <source>%1 limit %2 a month</source>
        <comment>an event type, its budget&apos;s limit</comment>
        <translation>%1: лимит %2 в месяц</translation>
    </message>
    <message>
        <source>dash-dot: budget (%1)</source>
        <translation>штрихпунктир: бюджет (%1)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <comment>what the lines and marks on the charts are</comment>
        <translation>Обозначения: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an event type: its open month&apos;s projection</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The earlier months (%1) are not drawn: %2</source>
        <translation>Прежние месяцы (%1) не нарисованы: %2</translation>
    </message>
    <message>
        <source>on course for, by the month&apos;s end</source>
        <translation>ожидается к концу месяца</translation>
    </message>
    <message>
        <source>Dotted: %1, month beside month.</source>
        <translation>Точками: %1, месяц к месяцу.</translation>
    </message>
    <message>
        <source>budgets far above the chart, not drawn: %1</source>
        <translation>бюджеты намного выше графика, не нарисованы: %1</translation>
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
        <translation>Тип события %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Пространство</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Тип события</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>A field the server sent that this version does not know</source>
        <translation>Поле, которое прислал сервер, но которое неизвестно этой версии</translation>
    </message>
    <message>
        <source>%1, space %2</source>
        <comment>a space&apos;s name and its id</comment>
        <translation>%1, пространство %2</translation>
    </message>
</context>
<context>
    <name>neuroio::ui::ViewActions</name>
    <message>
        <source>&amp;Save view…</source>
        <translation>&amp;Сохранить представление…</translation>
    </message>
    <message>
        <source>&amp;Open view</source>
        <translation>О&amp;ткрыть представление</translation>
    </message>
    <message>
        <source>&amp;Import view…</source>
        <translation>&amp;Импортировать представление…</translation>
    </message>
    <message>
        <source>E&amp;xport view</source>
        <translation>&amp;Экспортировать представление</translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation>&amp;Удалить представление</translation>
    </message>
    <message>
        <source>%1 (opens at start)</source>
        <translation>%1 (открывается при запуске)</translation>
    </message>
    <message>
        <source>The view was not deleted: %1</source>
        <translation>Представление не удалено: %1</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;</source>
        <translation>Представление «%1» сохранено</translation>
    </message>
    <message>
        <source>The view was not saved: %1</source>
        <translation>Представление не сохранено: %1</translation>
    </message>
    <message>
        <source>The view was not imported: %1</source>
        <translation>Представление не импортировано: %1</translation>
    </message>
    <message>
        <source>Import view</source>
        <translation>Импорт представления</translation>
    </message>
    <message>
        <source>Views (*.json)</source>
        <translation>Представления (*.json)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Экспорт представления</translation>
    </message>
    <message>
        <source>The view was not exported: %1</source>
        <translation>Представление не экспортировано: %1</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot; (%2)</source>
        <comment>a view&apos;s name, its months</comment>
        <translation>Открыто представление «%1» (%2)</translation>
    </message>
    <message>
        <source>Opened the view &quot;%1&quot;</source>
        <translation>Открыто представление «%1»</translation>
    </message>
    <message>
        <source>Copy as &amp;Command Line</source>
        <translation>Копировать как &amp;командную строку</translation>
    </message>
    <message>
        <source>Put the neuroio-billing export command for these filters on the clipboard</source>
        <translation>Поместить в буфер обмена команду neuroio-billing export для этих фильтров</translation>
    </message>
    <message>
        <source>Copy &amp;View</source>
        <translation>Копировать &amp;представление</translation>
    </message>
    <message>
        <source>Put these filters on the clipboard as a view file, to hand on</source>
        <translation>Поместить эти фильтры в буфер обмена как файл представления, чтобы передать</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Shared view</source>
        <translation>Общее представление</translation>
    </message>
    <message>
        <source>Copied the view: save it as a .json file, then View &gt; Import View (or neuroio-billing --view FILE) opens it</source>
        <translation>Представление скопировано: сохраните его как файл .json, затем откройте через Вид &gt; Импортировать представление (или neuroio-billing --view ФАЙЛ)</translation>
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
        <translation>Просматривайте, анализируйте на графиках и экспортируйте использование ваших аккаунтов NeuroIO — по месяцам, пространствам и типам событий.</translation>
    </message>
    <message>
        <source>Explore demo data</source>
        <translation>Посмотреть демонстрационные данные</translation>
    </message>
    <message>
        <source>Starts a local server with realistic, generated usage. No account needed.</source>
        <translation>Запускает локальный сервер с реалистичными сгенерированными данными об использовании. Аккаунт не нужен.</translation>
    </message>
    <message>
        <source>Connect to NeuroIO…</source>
        <translation>Подключиться к NeuroIO…</translation>
    </message>
    <message>
        <source>Connect to NeuroIO</source>
        <translation>Подключиться к NeuroIO</translation>
    </message>
</context>
</TS>
