<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AccessLogController</name>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="89"/>
        <source>Audit trail: intact (%1 events, every link checked).</source>
        <translation>سجل التدقيق سليم (عدد الأحداث: %1، وتحقق كل رابط فيه).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="92"/>
        <source>Audit trail: BROKEN at event %1 — an entry was changed or removed outside the application. Tell the association&apos;s management.</source>
        <translation>سجل التدقيق مكسور عند الحدث %1: عُدِّل سجل أو حُذف من خارج التطبيق. أبلغ إدارة الجمعية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="124"/>
        <source>%1 — file %2</source>
        <translation>%1 — ملف %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="142"/>
        <source>No beneficiary matches what was typed.</source>
        <translation>لا يوجد مستفيد يطابق ما كُتب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="146"/>
        <source>%1: %2 entries</source>
        <translation>%1 (عدد السجلات: %2)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="153"/>
        <source>allowed</source>
        <translation>مسموح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="153"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="40"/>
        <source>Who looked at a file</source>
        <translation>من اطّلع على الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="46"/>
        <source>File number, ID number or name</source>
        <translation>رقم الملف أو رقم الهوية أو الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="47"/>
        <source>Show the person&apos;s log</source>
        <translation>عرض سجل الاطلاع على الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="50"/>
        <source>Show what this staff member looked at</source>
        <translation>عرض ما اطّلع عليه الموظف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="59"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="49"/>
        <location filename="../desk_app/ui/screens/access_log.py" line="59"/>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="59"/>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="60"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/access_log.py" line="60"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>AgendaMixin</name>
    <message>
        <location filename="../desk_app/ui/screens/meeting_agenda.py" line="37"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_agenda.py" line="57"/>
        <source>%1 requests before the committee</source>
        <translation>الطلبات المعروضة على اللجنة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_agenda.py" line="59"/>
        <source> (the first %1: narrow the filter)</source>
        <translation> (يظهر أول %1: ضيّق التصفية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_agenda.py" line="87"/>
        <source>%1 requests decided in this meeting</source>
        <translation>الطلبات التي قرر فيها هذا الاجتماع: %1</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="155"/>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="156"/>
        <source>One duty per line</source>
        <translation>التزام واحد في كل سطر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="157"/>
        <source>Record the agreement</source>
        <translation>تسجيل الاتفاقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="159"/>
        <source>Print the agreement (archived PDF)</source>
        <translation>طباعة الاتفاقية (PDF مؤرشف)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="160"/>
        <source>Attach the signed copy…</source>
        <translation>إرفاق النسخة الموقعة…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="172"/>
        <source>Starts on</source>
        <translation>تبدأ في</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="173"/>
        <source>Ends on</source>
        <translation>تنتهي في</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="174"/>
        <source>Our duties</source>
        <translation>التزامات الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="175"/>
        <source>The partner&apos;s duties</source>
        <translation>التزامات الجمعية الشريكة</translation>
    </message>
</context>
<context>
    <name>Aid</name>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="13"/>
        <source>Cash</source>
        <translation>نقدية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="14"/>
        <source>In kind</source>
        <translation>عينية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="15"/>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="19"/>
        <source>Bank transfer to an IBAN</source>
        <translation>تحويل بنكي إلى آيبان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="20"/>
        <source>Cheque</source>
        <translation>شيك</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="21"/>
        <source>Cash in hand</source>
        <translation>نقدًا باليد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="25"/>
        <source>%1 SAR</source>
        <translation>%1 ريال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="31"/>
        <source>cheque %1</source>
        <translation>شيك رقم %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="32"/>
        <source>in hand</source>
        <translation>نقدًا باليد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="43"/>
        <source>Recorded before aid records (text kept)</source>
        <translation>سُجِّلت قبل سجلات المساعدات (النص محفوظ)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="45"/>
        <source>Signed copy on file</source>
        <translation>النسخة الموقّعة محفوظة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="47"/>
        <source>Printed, not yet signed</source>
        <translation>طُبع ولم يُوقَّع بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="48"/>
        <source>Not printed</source>
        <translation>لم يُطبع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/aid_labels.py" line="53"/>
        <source>%1 on %2 to %3 (file %4)</source>
        <translation>%1 بتاريخ %2 إلى %3 (ملف %4)</translation>
    </message>
</context>
<context>
    <name>AidForm</name>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="64"/>
        <source>Record aid given</source>
        <translation>تسجيل مساعدة مصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="70"/>
        <source>e.g. 1500 or 1500.50</source>
        <translation>مثل 1500 أو 1500.50</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="75"/>
        <source>Item</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="76"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="77"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="89"/>
        <source>Why the aid is given again (kept with it)</source>
        <translation>سبب الصرف مرة أخرى (يُحفظ مع السجل)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="90"/>
        <source>Record the aid given</source>
        <translation>تسجيل المساعدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="105"/>
        <source>Kind of aid</source>
        <translation>نوع المساعدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="105"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="106"/>
        <source>Delivered on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="106"/>
        <source>Amount (SAR)</source>
        <translation>المبلغ (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="107"/>
        <source>Paid by</source>
        <translation>طريقة الصرف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="107"/>
        <source>IBAN</source>
        <translation>الآيبان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="108"/>
        <source>Cheque number</source>
        <translation>رقم الشيك</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="108"/>
        <source>Items</source>
        <translation>المواد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="109"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="109"/>
        <source>Programme start</source>
        <translation>بداية البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="110"/>
        <source>Programme end</source>
        <translation>نهاية البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="113"/>
        <source>Reason to give again</source>
        <translation>سبب الصرف مجددًا</translation>
    </message>
</context>
<context>
    <name>AidList</name>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="31"/>
        <source>Aid given against this request</source>
        <translation>المساعدات المصروفة على هذا الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="32"/>
        <source>Number and date</source>
        <translation>الرقم والتاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="32"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="33"/>
        <source>What was given</source>
        <translation>ما صُرف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="33"/>
        <source>Receipt</source>
        <translation>الإيصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="34"/>
        <source>Aid given</source>
        <translation>المساعدات المقدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="41"/>
        <source>Nothing has been given against this request yet.</source>
        <translation>لم يُصرف شيء على هذا الطلب بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="42"/>
        <source>Print the handover receipt</source>
        <translation>طباعة إيصال التسليم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="43"/>
        <source>Attach the signed receipt…</source>
        <translation>إرفاق الإيصال الموقّع…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/aid_panel.py" line="44"/>
        <source>View the signed receipt</source>
        <translation>عرض الإيصال الموقّع</translation>
    </message>
</context>
<context>
    <name>AidPolicyEditor</name>
    <message>
        <location filename="../desk_app/ui/screens/profile_aid.py" line="24"/>
        <source>no warning</source>
        <translation>بلا تنبيه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_aid.py" line="26"/>
        <source>Warn when the same household received the same kind of aid within (days)</source>
        <translation>نبّه إذا صُرف للأسرة النوع نفسه من المساعدة خلال (يومًا)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_aid.py" line="28"/>
        <source>Programmes</source>
        <translation>البرامج</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../desk_app/ui/widgets/answer_inputs.py" line="62"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/answer_inputs.py" line="62"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
</context>
<context>
    <name>BackupWatch</name>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="74"/>
        <source>The automatic backup could not be started</source>
        <translation>تعذّر بدء النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="80"/>
        <source>The automatic backup could not be checked: not counted as good</source>
        <translation>تعذّر فحص النسخة الاحتياطية التلقائية: لم تُحتسب سليمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="82"/>
        <source>A backup check found damage: the database may be damaged</source>
        <translation>كشف فحص نسخة احتياطية تلفًا: قد تكون قاعدة البيانات تالفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="84"/>
        <source>The daily full check of the backups could not be made</source>
        <translation>تعذّر إجراء الفحص الكامل اليومي للنسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="85"/>
        <source>The automatic backup failed</source>
        <translation>فشل النسخ الاحتياطي التلقائي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="91"/>
        <source>No automatic backup has been made yet</source>
        <translation>لم تُنشأ أي نسخة احتياطية تلقائية بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/backup_watch.py" line="94"/>
        <source>Last good backup %1 %2: older than the %3 hours allowed</source>
        <translation>آخر نسخة احتياطية سليمة %1 %2: أقدم من المدة المسموح بها (%3 ساعة)</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="33"/>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="34"/>
        <source>%1 hours</source>
        <translation>%1 ساعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="35"/>
        <source>none yet</source>
        <translation>لا توجد بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="36"/>
        <source>%1 MB</source>
        <translation>%1 ميغابايت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="37"/>
        <source>Restored backup of %1</source>
        <translation>النسخة المستعادة بتاريخ %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="38"/>
        <source>Restore drill passed: the latest backup restores and its counts match what was recorded.</source>
        <translation>نجح تمرين الاستعادة: أحدث نسخة تُستعاد وأعداد سجلاتها مطابقة لما سُجّل عند إنشائها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="41"/>
        <source>Restore drill: the backup restores, but its counts differ from what was recorded.</source>
        <translation>تمرين الاستعادة: النسخة تُستعاد لكن أعداد سجلاتها تختلف عمّا سُجّل عند إنشائها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="44"/>
        <source>Good</source>
        <translation>سليمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="45"/>
        <source>Good, checked in full</source>
        <translation>سليمة، فُحصت فحصًا كاملًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="46"/>
        <source>Damaged: kept to look into</source>
        <translation>تالفة: محفوظة لفحصها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="47"/>
        <source>Could not be checked: not counted</source>
        <translation>تعذّر فحصها: لا تُحتسب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="48"/>
        <source>Set-aside backups no longer needed were removed (their number: %1).</source>
        <translation>حُذفت نسخ مُستبعدة لم تعد لازمة (عددها: %1).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="55"/>
        <source>Beneficiaries</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="56"/>
        <source>Household members</source>
        <translation>أفراد الأسر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="57"/>
        <source>Service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="58"/>
        <source>Issued documents</source>
        <translation>المستندات الصادرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="59"/>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="60"/>
        <source>Survey responses</source>
        <translation>إجابات الاستبانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="61"/>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="62"/>
        <source>Audit trail entries</source>
        <translation>قيود سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="154"/>
        <source>This database is on a server: it is backed up with the server&apos;s own tools.</source>
        <translation>قاعدة البيانات هذه على خادم، وتُنسخ احتياطيًا بأدوات الخادم نفسه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="191"/>
        <source>The backup failed (details on hover).</source>
        <translation>تعذّر النسخ الاحتياطي (التفاصيل عند مرور المؤشر).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="194"/>
        <source>Backed up and checked.</source>
        <translation>تم النسخ الاحتياطي والتحقق منه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="208"/>
        <source>There is no automatic backup to restore yet.</source>
        <translation>لا توجد بعد نسخة احتياطية تلقائية لاستعادتها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="217"/>
        <source>The restore drill failed: the latest backup could not be restored (details on hover).</source>
        <translation>فشل تمرين الاستعادة: تعذّرت استعادة أحدث نسخة (التفاصيل عند مرور المؤشر).</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="70"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="72"/>
        <source>A backup is made every day and when the last user signs out, checked after writing (in full once a day) and kept 7 days, 4 weeks and 12 months. A damaged one is kept 30 days to look into; one that could not be checked, until a newer good one exists.</source>
        <translation>تُنشأ نسخة احتياطية كل يوم وعند خروج آخر مستخدم، وتُفحص بعد كتابتها (فحصًا كاملًا مرة في اليوم)، وتُحفظ 7 أيام و4 أسابيع و12 شهرًا. تُحفظ النسخة التالفة 30 يومًا لفحصها، والتي تعذّر فحصها إلى أن توجد نسخة سليمة أحدث منها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="90"/>
        <source>Backup folder</source>
        <translation>مجلد النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="91"/>
        <source>Second location</source>
        <translation>الموقع الثاني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="92"/>
        <source>Allowed age</source>
        <translation>أقصى عمر مسموح به</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="93"/>
        <source>Last good backup</source>
        <translation>آخر نسخة سليمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="94"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="94"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="94"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="95"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="96"/>
        <source>Back up now</source>
        <translation>انسخ احتياطيًا الآن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="98"/>
        <source>Restore drill</source>
        <translation>تمرين الاستعادة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="99"/>
        <source>Restore the latest backup into a scratch folder and count its records; nothing live is touched</source>
        <translation>استعادة أحدث نسخة في مجلد مؤقت وعدّ سجلاتها، دون المساس بقاعدة البيانات العاملة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="106"/>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/backups.py" line="106"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
</context>
<context>
    <name>Beneficiary</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="10"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="11"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="12"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="13"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="14"/>
        <source>Identity document</source>
        <translation>نوع الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="15"/>
        <source>Document number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="16"/>
        <source>Issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="17"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="18"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="19"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="20"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="21"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="22"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="23"/>
        <source>Building no.</source>
        <translation>رقم المبنى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="24"/>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="25"/>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="26"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="27"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="28"/>
        <source>Additional no.</source>
        <translation>الرقم الإضافي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="29"/>
        <source>Short address</source>
        <translation>العنوان المختصر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="30"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="31"/>
        <source>Beneficiary type</source>
        <translation>نوع المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="32"/>
        <source>Preferred contact channel</source>
        <translation>قناة التواصل المفضلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="33"/>
        <source>Qualification</source>
        <translation>المؤهل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="34"/>
        <source>Employment status</source>
        <translation>الحالة الوظيفية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="35"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="36"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="37"/>
        <source>Data reviewed on</source>
        <translation>تاريخ مراجعة البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="38"/>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="44"/>
        <source>National ID</source>
        <translation>الهوية الوطنية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="45"/>
        <source>Iqama (residence permit)</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="46"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="47"/>
        <source>GCC ID</source>
        <translation>هوية خليجية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="48"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="53"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="53"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="57"/>
        <source>Direct beneficiary</source>
        <translation>مستفيد مباشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="58"/>
        <source>Indirect beneficiary</source>
        <translation>مستفيد غير مباشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="63"/>
        <source>same identity document</source>
        <translation>نفس وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="64"/>
        <source>same name and date of birth</source>
        <translation>نفس الاسم وتاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="65"/>
        <source>same name and mobile</source>
        <translation>نفس الاسم ورقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="66"/>
        <source>similar name, same date of birth and mobile</source>
        <translation>اسم مشابه مع نفس تاريخ الميلاد ورقم الجوال</translation>
    </message>
</context>
<context>
    <name>BeneficiaryAid</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="25"/>
        <source>Totals of the whole household: this file, its members and every file that holds or lists one of their ID numbers.</source>
        <translation>مجاميع الأسرة كلها: هذا الملف وأفراده وكل ملف يحمل رقم هوية أحدهم أو يدرجه فردًا فيه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="32"/>
        <source>Deliveries</source>
        <translation>مرات الصرف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="33"/>
        <source>Cash paid</source>
        <translation>المبالغ النقدية المصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="34"/>
        <source>In-kind deliveries</source>
        <translation>مرات الصرف العيني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="35"/>
        <source>Items received</source>
        <translation>المواد المستلمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="36"/>
        <source>Services given</source>
        <translation>الخدمات المقدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="37"/>
        <source>Files counted</source>
        <translation>الملفات المحسوبة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_aid.py" line="54"/>
        <source>%1 in %2 payment(s)</source>
        <translation>%1 في %2 دفعة</translation>
    </message>
</context>
<context>
    <name>BeneficiaryComplaints</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="35"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="35"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="35"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="35"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="36"/>
        <source>Deadline</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="41"/>
        <source>New complaint from this beneficiary</source>
        <translation>شكوى جديدة من هذا المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_complaints.py" line="42"/>
        <source>Open the complaint</source>
        <translation>فتح الشكوى</translation>
    </message>
</context>
<context>
    <name>BeneficiaryContacts</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_contacts.py" line="39"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_contacts.py" line="39"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_contacts.py" line="39"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_contacts.py" line="39"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_contacts.py" line="40"/>
        <source>What became of it</source>
        <translation>ما تم فيه</translation>
    </message>
</context>
<context>
    <name>BeneficiaryController</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="66"/>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="67"/>
        <source>Contacts</source>
        <translation>التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="68"/>
        <source>Aid received</source>
        <translation>المساعدات المستلمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="98"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="145"/>
        <source>New beneficiary</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="178"/>
        <source>Beneficiary file %1</source>
        <translation>ملف المستفيد %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="180"/>
        <source>Contact officer: %1</source>
        <translation>ضابط الاتصال: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="182"/>
        <source>Sync conflict waiting for a decision</source>
        <translation>تعارض مزامنة ينتظر قراراً</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="186"/>
        <source>This file was merged into file %1: the person&apos;s requests, complaints and documents are there. Search for %1 to open it.</source>
        <translation>دُمج هذا الملف في الملف %1: طلبات المستفيد وشكاواه ومستنداته هناك. ابحث عن %1 لفتحه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="224"/>
        <source>Open request</source>
        <translation>طلب مفتوح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="225"/>
        <source>This beneficiary already has an open request (%1). Open a new one anyway? (No opens the existing request.)</source>
        <translation>لدى هذا المستفيد طلب مفتوح (%1). هل تفتح طلباً جديداً مع ذلك؟ (اختيار «لا» يفتح الطلب الموجود.)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="235"/>
        <source>Requests (%1)</source>
        <translation>الطلبات (%1)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="244"/>
        <source>Due for periodic review: data last reviewed on %1. Check them with the beneficiary and save.</source>
        <translation>مستحق للمراجعة الدورية: آخر مراجعة للبيانات في %1. راجعها مع المستفيد ثم احفظ.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="313"/>
        <source>Some fields need correcting; see the messages beside them.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="355"/>
        <source>Changed meanwhile (%1) to: %2</source>
        <translation>تغيّر في أثناء ذلك (%1) إلى: %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="357"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="359"/>
        <source>This file was saved at another desk (%1) while you were editing it; changed: %2. Nothing of yours was saved and your changes are still in the form: check the marked fields, then save again to keep your version.</source>
        <translation>حُفظ هذا الملف من مكتب آخر (%1) أثناء تعديلك له، وتغيّر فيه: %2. لم يُحفظ شيء من تعديلاتك وهي باقية في النموذج: راجع الحقول المعلَّمة، ثم احفظ مرة أخرى لاعتماد نسختك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="362"/>
        <source>another desk</source>
        <translation>مكتب آخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="370"/>
        <source>Saved. File number: %1</source>
        <translation>تم الحفظ. رقم الملف: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="395"/>
        <source>The same identity document cannot be registered twice.</source>
        <translation>لا يمكن تسجيل وثيقة الهوية نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryRequests</name>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="31"/>
        <source>Enter or double-click opens a request.</source>
        <translation>يُفتح الطلب بالضغط على Enter أو بالنقر المزدوج.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="34"/>
        <source>Request no.</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="34"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="35"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="35"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/beneficiary_requests.py" line="36"/>
        <source>Response due</source>
        <translation>الموعد النهائي للرد</translation>
    </message>
</context>
<context>
    <name>BeneficiaryView</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="75"/>
        <source>Likely already registered — check before creating a new file:</source>
        <translation>يُحتمل أنه مسجل من قبل — تحقق قبل فتح ملف جديد:</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="79"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="79"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="79"/>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="119"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="80"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="80"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="80"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="83"/>
        <source>Open the existing record</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="84"/>
        <source>Not the same person — register anyway</source>
        <translation>ليس الشخص نفسه — سجّله على أي حال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="103"/>
        <source>Name (four parts)</source>
        <translation>الاسم (رباعي)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="105"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="106"/>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="108"/>
        <source>National address</source>
        <translation>العنوان الوطني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="111"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="118"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="118"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="118"/>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>تاريخ الميلاد (يوم/شهر/سنة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="122"/>
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="123"/>
        <source>Remove selected member</source>
        <translation>حذف الفرد المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="157"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="157"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="157"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="157"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="157"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="161"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="162"/>
        <source>Change history</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="164"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="166"/>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="168"/>
        <source>Back to search  (Esc)</source>
        <translation>رجوع إلى البحث  (Esc)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_view.py" line="169"/>
        <source>New request for this beneficiary  (Ctrl+R)</source>
        <translation>طلب جديد لهذا المستفيد  (Ctrl+R)</translation>
    </message>
</context>
<context>
    <name>BreachesController</name>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="141"/>
        <source>%1 awaiting notification, %2 past the 72 hours.</source>
        <translation>%1 بانتظار الإبلاغ، %2 تجاوز 72 ساعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="145"/>
        <source>Past the 72 hours without notifying the regulator: %1. Notify now and record it here.</source>
        <translation>تجاوزت 72 ساعة دون إبلاغ الجهة المختصة: %1. أبلغ الآن وسجّل الإبلاغ هنا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="168"/>
        <source>Not yet — %1 hours late</source>
        <translation>لم يُبلَّغ — متأخر %1 ساعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="169"/>
        <source>Not yet — %1 hours left</source>
        <translation>لم يُبلَّغ — باقٍ %1 ساعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="193"/>
        <source>Recorded as %1: notify the regulator by %2.</source>
        <translation>سُجّلت برقم %1: أبلغ الجهة المختصة قبل %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="210"/>
        <source>The notification of %1 was recorded.</source>
        <translation>سُجّل إبلاغ %1.</translation>
    </message>
</context>
<context>
    <name>BreachesView</name>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="43"/>
        <source>Data breach register</source>
        <translation>سجل حوادث تسرب البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="50"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="50"/>
        <source>Discovered</source>
        <translation>وقت الاكتشاف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="50"/>
        <location filename="../desk_app/ui/screens/breaches.py" line="84"/>
        <source>What data</source>
        <translation>البيانات المتأثرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="51"/>
        <source>People</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="51"/>
        <source>Notify by</source>
        <translation>الإبلاغ قبل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="51"/>
        <source>Notified</source>
        <translation>الإبلاغ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="51"/>
        <source>Measures</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="65"/>
        <source>New breach</source>
        <translation>حادثة جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="69"/>
        <source>e.g. names, ID numbers, scanned documents</source>
        <translation>مثل: الأسماء، أرقام الهوية، المستندات الممسوحة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="78"/>
        <source>Record the breach</source>
        <translation>تسجيل الحادثة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="81"/>
        <source>Discovered on</source>
        <translation>تاريخ الاكتشاف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="82"/>
        <location filename="../desk_app/ui/screens/breaches.py" line="105"/>
        <source>At (hour:minute)</source>
        <translation>الساعة (ساعة:دقيقة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="83"/>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="85"/>
        <source>People affected</source>
        <translation>عدد الأشخاص المتأثرين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="86"/>
        <location filename="../desk_app/ui/screens/breaches.py" line="107"/>
        <source>Measures taken</source>
        <translation>الإجراءات المتخذة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="91"/>
        <source>Notification of the selected breach</source>
        <translation>إبلاغ الحادثة المحددة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="92"/>
        <source>Select a breach in the list.</source>
        <translation>اختر حادثة من القائمة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="96"/>
        <source>e.g. the Saudi Data and AI Authority</source>
        <translation>مثل: الهيئة السعودية للبيانات والذكاء الاصطناعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="101"/>
        <source>Record the notification</source>
        <translation>تسجيل الإبلاغ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="104"/>
        <source>Notified on</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/breaches.py" line="106"/>
        <source>Notified to</source>
        <translation>الجهة التي أُبلغت</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="99"/>
        <source>Verification checklist</source>
        <translation>قائمة التحقق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="104"/>
        <source>Attach scan…  (Ctrl+O)</source>
        <translation>إرفاق صورة المستند…  (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="105"/>
        <source>View scan</source>
        <translation>عرض الصورة</translation>
    </message>
</context>
<context>
    <name>ChecklistTable</name>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="34"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="34"/>
        <source>Seen</source>
        <translation>اطُّلع عليه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="34"/>
        <source>Matches</source>
        <translation>مطابق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="35"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="35"/>
        <source>Scans</source>
        <translation>الصور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/checklist.py" line="36"/>
        <source>Verified by</source>
        <translation>تحقق منه</translation>
    </message>
</context>
<context>
    <name>ComplaintController</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="177"/>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="189"/>
        <source>Complaint %1</source>
        <translation>الشكوى %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="195"/>
        <source>Anonymous</source>
        <translation>دون ذكر الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="253"/>
        <source>Done: %1</source>
        <translation>تم: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="264"/>
        <source>Save the acknowledgment</source>
        <translation>حفظ إشعار الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="286"/>
        <source>The message is queued; it goes out when the desk is online.</source>
        <translation>أُعدّت الرسالة، وتُرسل متى اتصل المكتب بالشبكة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="301"/>
        <source>The survey invitation is queued; it goes out when the desk is online.</source>
        <translation>أُعدّت دعوة الاستبانة، وتُرسل متى اتصل المكتب بالشبكة.</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeController</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="212"/>
        <source>Handled within %1 working days</source>
        <translation>تعالج خلال %1 من أيام العمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="231"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="270"/>
        <source>Find and choose the beneficiary.</source>
        <translation>ابحث عن المستفيد واختره.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="286"/>
        <source>Some fields need correcting; see the messages beside them.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="299"/>
        <source>Complaint filed under number %1. To be handled by %2.</source>
        <translation>سُجلت الشكوى برقم %1، وتعالج في موعد أقصاه %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="310"/>
        <source>Save the acknowledgment</source>
        <translation>حفظ إشعار الاستلام</translation>
    </message>
</context>
<context>
    <name>ComplaintIntakeView</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="47"/>
        <source>New complaint</source>
        <translation>شكوى جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="50"/>
        <source>Registered beneficiary</source>
        <translation>مستفيد مسجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="51"/>
        <source>Not registered</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="52"/>
        <source>Anonymous</source>
        <translation>دون ذكر الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="58"/>
        <source>ID, mobile, file number or name</source>
        <translation>رقم الهوية أو الجوال أو الملف أو الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="59"/>
        <source>Find</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="74"/>
        <source>Mobile, phone, fax or e-mail for the reply (optional)</source>
        <translation>جوال أو هاتف أو فاكس أو بريد للرد (اختياري)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="75"/>
        <source>Request number, if any</source>
        <translation>رقم الطلب إن وجد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="79"/>
        <source>Attach a file…</source>
        <translation>إرفاق ملف…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="80"/>
        <source>Remove the selected file</source>
        <translation>حذف الملف المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="81"/>
        <source>File the complaint  (Ctrl+S)</source>
        <translation>تسجيل الشكوى  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="83"/>
        <source>Save the acknowledgment (PDF)…</source>
        <translation>حفظ إشعار الاستلام (PDF)…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="84"/>
        <source>Open the complaint</source>
        <translation>فتح الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="85"/>
        <source>Another complaint</source>
        <translation>شكوى أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="89"/>
        <source>Complainant</source>
        <translation>مقدم الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="99"/>
        <source>Search the registry</source>
        <translation>البحث في السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="100"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="101"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="102"/>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="103"/>
        <source>The complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="105"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="106"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="108"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="109"/>
        <source>Related request</source>
        <translation>الطلب المرتبط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="110"/>
        <source>Description</source>
        <translation>وصف الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_intake.py" line="115"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>ComplaintView</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="61"/>
        <source>Back to the board  (Esc)</source>
        <translation>العودة إلى لوحة المتابعة  (Esc)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="62"/>
        <source>Save the acknowledgment (PDF)…</source>
        <translation>حفظ إشعار الاستلام (PDF)…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="67"/>
        <source>Complainant</source>
        <translation>مقدم الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="67"/>
        <source>Contact</source>
        <translation>وسيلة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="68"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="68"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="69"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="69"/>
        <source>To be handled by</source>
        <translation>موعد المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="70"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="70"/>
        <source>Related request</source>
        <translation>الطلب المرتبط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="71"/>
        <source>Description</source>
        <translation>وصف الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="71"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="75"/>
        <source>The complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="81"/>
        <source>Note, reason or outcome of this step</source>
        <translation>ملاحظة هذه الخطوة أو سببها أو نتيجتها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="94"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="94"/>
        <source>Who</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="94"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="94"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="107"/>
        <source>The complaint and its timeline</source>
        <translation>الشكوى وسجلها الزمني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="108"/>
        <source>Investigation and compensation</source>
        <translation>التحقيق والتعويض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="109"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="117"/>
        <source>Queue the message</source>
        <translation>إعداد الرسالة للإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="124"/>
        <source>Message to the complainant</source>
        <translation>رسالة إلى مقدم الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint.py" line="129"/>
        <source>Invite to the satisfaction survey</source>
        <translation>دعوة إلى استبانة قياس الرضا</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="13"/>
        <source>Received</source>
        <translation>مستلمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="14"/>
        <source>With the follow-up committee</source>
        <translation>لدى لجنة المتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="15"/>
        <source>Under review</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="16"/>
        <source>Under investigation</source>
        <translation>قيد التحقيق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="17"/>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="31"/>
        <source>Settled amicably</source>
        <translation>سويت وديًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="18"/>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="32"/>
        <source>Resolved with action</source>
        <translation>عولجت بإجراء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="19"/>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="20"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="21"/>
        <source>Reopened on appeal</source>
        <translation>أعيد فتحها بتظلم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="28"/>
        <source>Assign to the follow-up committee</source>
        <translation>إحالة إلى لجنة المتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="29"/>
        <source>Start the review</source>
        <translation>بدء الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="30"/>
        <source>Escalate to investigation</source>
        <translation>إحالة إلى التحقيق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="33"/>
        <source>Reject (with reason)</source>
        <translation>رفض (مع السبب)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="34"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="35"/>
        <source>Reopen on appeal</source>
        <translation>إعادة فتح بتظلم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="41"/>
        <source>On time</source>
        <translation>في المدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="42"/>
        <source>At risk</source>
        <translation>قاربت على التأخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="43"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="44"/>
        <source>Handled in time</source>
        <translation>عولجت في المدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="45"/>
        <source>Handled late</source>
        <translation>عولجت متأخرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="51"/>
        <source>Complaint received</source>
        <translation>استلام الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="52"/>
        <source>Status changed</source>
        <translation>تغيير الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="53"/>
        <source>Attachment added</source>
        <translation>إضافة مرفق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="54"/>
        <source>Investigation minutes recorded</source>
        <translation>تسجيل محضر التحقيق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="55"/>
        <source>Minutes approved by a member</source>
        <translation>اعتماد المحضر من عضو</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="56"/>
        <source>Final ruling recorded</source>
        <translation>تسجيل حكم نهائي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="57"/>
        <source>Negotiation with the beneficiary</source>
        <translation>التفاوض مع المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="58"/>
        <source>Compensation settled</source>
        <translation>تسوية التعويض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="63"/>
        <source>Cash</source>
        <translation>نقدي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="63"/>
        <source>In kind</source>
        <translation>عيني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="63"/>
        <source>Service</source>
        <translation>خدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="64"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="68"/>
        <source>Approved investigation minutes</source>
        <translation>محضر تحقيق معتمد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_labels.py" line="69"/>
        <source>Final ruling</source>
        <translation>حكم نهائي</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoardController</name>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="150"/>
        <source>All channels</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="152"/>
        <source>All categories</source>
        <translation>كل التصنيفات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="217"/>
        <source>up to 5</source>
        <translation>حتى 5</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="217"/>
        <source>6 to 10</source>
        <translation>من 6 إلى 10</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="218"/>
        <source>11 to 20</source>
        <translation>من 11 إلى 20</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="218"/>
        <source>over 20</source>
        <translation>أكثر من 20</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="238"/>
        <source>Working days over: %1</source>
        <translation>التأخير بأيام العمل: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="240"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="241"/>
        <source>Due today</source>
        <translation>ينتهي اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="228"/>
        <source>Anonymous</source>
        <translation>دون ذكر الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="231"/>
        <source>Complaints shown: %1</source>
        <translation>عدد الشكاوى المعروضة: %1</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoardView</name>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="45"/>
        <source>Complaints follow-up</source>
        <translation>متابعة الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="47"/>
        <source>New complaint  (Ctrl+N)</source>
        <translation>شكوى جديدة  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="50"/>
        <source>Number, name, ID or mobile</source>
        <translation>الرقم أو الاسم أو الهوية أو الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="54"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="63"/>
        <source>Open only</source>
        <translation>المفتوحة فقط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="65"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="67"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="68"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="73"/>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="73"/>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="74"/>
        <source>At risk</source>
        <translation>قاربت على التأخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="74"/>
        <source>Resolved, not closed</source>
        <translation>عولجت ولم تغلق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="75"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="76"/>
        <source>Median working days to resolve</source>
        <translation>وسيط أيام العمل حتى المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="77"/>
        <source>Resolved in time</source>
        <translation>عولجت في المدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="100"/>
        <source>By state:</source>
        <translation>حسب الحالة:</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="102"/>
        <source>Open by category:</source>
        <translation>المفتوحة حسب التصنيف:</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="104"/>
        <source>Open by age (working days):</source>
        <translation>المفتوحة حسب العمر (أيام عمل):</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="108"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="108"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="108"/>
        <source>Deadline</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="108"/>
        <source>Working days left</source>
        <translation>أيام العمل المتبقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="109"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="109"/>
        <source>Category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="109"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaints_board.py" line="110"/>
        <source>Complainant</source>
        <translation>مقدم الشكوى</translation>
    </message>
</context>
<context>
    <name>ConflictsController</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="139"/>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="146"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="171"/>
        <source>No conflicts are waiting.</source>
        <translation>لا توجد تعارضات تنتظر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="186"/>
        <source>Decided; the choice travels with the next synchronisation.</source>
        <translation>تم القرار؛ ينتقل الاختيار مع المزامنة التالية.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="74"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="76"/>
        <source>The same record was changed at a branch and at the head office (a field, a deletion, or a step the workflow refuses). Until someone decides, the record stays as the head office has it.</source>
        <translation>عُدِّل السجل نفسه في فرع وفي المقر الرئيسي (حقل، أو حذف، أو خطوة يرفضها مسار العمل). إلى أن يُبتّ في الأمر يبقى السجل كما هو في المقر الرئيسي.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="82"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="82"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="82"/>
        <source>Head office&apos;s value</source>
        <translation>قيمة المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="83"/>
        <source>Branch&apos;s value</source>
        <translation>قيمة الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="83"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="83"/>
        <source>Changed by</source>
        <translation>عدّله</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="84"/>
        <source>Changed at the branch</source>
        <translation>وقت التعديل في الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="84"/>
        <source>At the head office</source>
        <translation>في المقر الرئيسي</translation>
    </message>
</context>
<context>
    <name>ContactEntry</name>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="51"/>
        <source>Record a contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="62"/>
        <source>Answered now</source>
        <translation>أُجيب في الحال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="63"/>
        <source>Passed to a colleague</source>
        <translation>أُحيل إلى زميل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="69"/>
        <source>Save the contact</source>
        <translation>حفظ التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="78"/>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="112"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="86"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="88"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="89"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="90"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="95"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="96"/>
        <source>Answer given</source>
        <translation>الإجابة المقدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="98"/>
        <source>Passed to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="156"/>
        <source>The contact is recorded.</source>
        <translation>سُجّل التواصل.</translation>
    </message>
</context>
<context>
    <name>ContactNewView</name>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="44"/>
        <source>Record an enquiry</source>
        <translation>تسجيل استفسار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="46"/>
        <source>For someone not in the registry. A registered person&apos;s contact is recorded on their file (Contacts tab), so that it shows in their history.</source>
        <translation>لمن ليس مسجلًا في السجل. أما تواصل المستفيد المسجل فيُسجَّل في ملفه (تبويب «التواصل») ليظهر في سجل تواصله.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="52"/>
        <source>Search the registry</source>
        <translation>البحث في السجل</translation>
    </message>
</context>
<context>
    <name>Contacts</name>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="33"/>
        <source>Answered</source>
        <translation>أُجيب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="34"/>
        <source>Passed to</source>
        <translation>أُحيل إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="38"/>
        <source>Enquiry</source>
        <translation>استفسار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="39"/>
        <source>Call</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="40"/>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="41"/>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/contact_entry.py" line="42"/>
        <source>Told of the outcome</source>
        <translation>إبلاغ بالنتيجة</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../desk_app/ui/crash.py" line="64"/>
        <source>Beneficiary Desk</source>
        <translation>مكتب المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/crash.py" line="65"/>
        <source>Something unexpected went wrong in the program. What was saved before is safe, and what you were typing is still in the form. The details were written to %1: please send that file to the system administrator.</source>
        <translation>حدث خطأ غير متوقع في البرنامج. ما حُفظ من قبل محفوظ، وما كنت تكتبه باقٍ في النموذج. كُتبت تفاصيل الخطأ في الملف %1: أرسل هذا الملف إلى مسؤول النظام من فضلك.</translation>
    </message>
</context>
<context>
    <name>DashboardController</name>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="245"/>
        <source>Answered within the period, by branch (this year, %)</source>
        <translation>نسبة الرد خلال المدة حسب الفرع (هذا العام، بالمئة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="248"/>
        <source>Satisfaction index by month (this year)</source>
        <translation>مؤشر الرضا حسب الشهر (هذا العام)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="92"/>
        <source>Dashboard</source>
        <extracomment>What each card opens: a list of rows or a table of the report, or another screen.</extracomment>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="95"/>
        <source>This month</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="96"/>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="98"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="100"/>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/dashboard.py" line="123"/>
        <source>Choose a figure to see the list behind it.</source>
        <translation>اختر مؤشرًا لعرض القائمة التي وراءه.</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="187"/>
        <source>Committee decision</source>
        <translation>قرار اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="128"/>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="129"/>
        <source>Do not approve</source>
        <translation>عدم الاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="132"/>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="194"/>
        <source>Record the decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="140"/>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="201"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="202"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="203"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="141"/>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="204"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="205"/>
        <source>Referred to</source>
        <translation>محال إلى</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="208"/>
        <source>Unsaved changes</source>
        <translation>تغييرات لم تُحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="209"/>
        <source>%1 left a form with changes that are not saved. Leaving discards them. Leave anyway?</source>
        <translation>ترك %1 نموذجًا فيه تغييرات لم تُحفظ، والخروج يتجاهلها. أتريد الخروج على أي حال؟</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../desk_app/ui/dialogs.py" line="29"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/dialogs.py" line="30"/>
        <source>Discard changes</source>
        <translation>تجاهل التغييرات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/dialogs.py" line="31"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="43"/>
        <source>The request was not found.</source>
        <translation>لم يُعثر على الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="44"/>
        <source>The committee has not decided on this request yet.</source>
        <translation>لم تصدر اللجنة قرارها في هذا الطلب بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="46"/>
        <source>This request has not been referred.</source>
        <translation>لم يُحل هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="48"/>
        <source>No social study has been saved for this request yet.</source>
        <translation>لم يُحفظ بحث اجتماعي لهذا الطلب بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="126"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="129"/>
        <source>Sign on screen…</source>
        <translation>التوقيع على الشاشة…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="134"/>
        <source>Print %1…</source>
        <translation>طباعة %1…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="172"/>
        <source>Signed on screen</source>
        <translation>تم التوقيع على الشاشة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="177"/>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="206"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="23"/>
        <source>Genuine: this document was issued by the association.</source>
        <translation>مستند صحيح: صدر هذا المستند عن الجمعية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="25"/>
        <source>Unknown code: no document with this code was issued here. The code may be mistyped, or the document is not genuine.</source>
        <translation>رمز غير معروف: لم يصدر عن الجمعية أي مستند بهذا الرمز. قد يكون الرمز مكتوبًا خطأً، أو أن المستند غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="28"/>
        <source>This is not a verification code. A code has 10 letters and digits, for example 7Q4K9-XZ2AB.</source>
        <translation>هذا ليس رمز تحقق. يتكون الرمز من 10 أحرف وأرقام، مثل 7Q4K9-XZ2AB.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="31"/>
        <source>Altered: this file is not the document that was issued. The issued document is described below.</source>
        <translation>مستند معدَّل: هذا الملف ليس المستند الذي صدر. بيانات المستند الصادر موضحة أدناه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="34"/>
        <source>This file carries no verification code of this association.</source>
        <translation>لا يحمل هذا الملف رمز تحقق صادرًا عن هذه الجمعية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/document_labels.py" line="36"/>
        <source>The archive record of this document does not match its code. Tell the administrator.</source>
        <translation>سجل هذا المستند في الأرشيف لا يطابق رمزه. أبلغ مدير النظام.</translation>
    </message>
</context>
<context>
    <name>DocumentsController</name>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="108"/>
        <location filename="../desk_app/ui/screens/documents.py" line="175"/>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="127"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="136"/>
        <source>No issued document found.</source>
        <translation>لم يُعثر على أي مستند صادر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="140"/>
        <source>Documents: %1</source>
        <translation>المستندات: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsModel</name>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="20"/>
        <source>Archive no.</source>
        <translation>رقم الأرشيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="20"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="20"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="21"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="21"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/documents_model.py" line="21"/>
        <source>Reprints</source>
        <translation>مرات إعادة الطباعة</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="41"/>
        <source>Issued documents</source>
        <translation>المستندات الصادرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="46"/>
        <source>Search by request number, beneficiary name, archive number or code  (Ctrl+F)</source>
        <translation>ابحث برقم الطلب أو اسم المستفيد أو رقم الأرشيف أو رمز التحقق  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/documents.py" line="59"/>
        <source>Reprint…  (Ctrl+P)</source>
        <translation>إعادة الطباعة…  (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>DualDateEdit</name>
    <message>
        <location filename="../desk_app/ui/widgets/dual_date.py" line="22"/>
        <source>dd/mm/yyyy</source>
        <translation>يوم/شهر/سنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/dual_date.py" line="25"/>
        <source>Gregorian</source>
        <translation>ميلادي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/dual_date.py" line="26"/>
        <source>Hijri</source>
        <translation>هجري</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/dual_date.py" line="65"/>
        <source>Hijri year? Choose Hijri.</source>
        <translation>سنة هجرية؟ اختر «هجري».</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="39"/>
        <source>Definite (same ID number)</source>
        <translation>مؤكد (رقم الهوية نفسه)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="39"/>
        <source>Likely</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="43"/>
        <source>Waiting for a decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="43"/>
        <source>Merged</source>
        <translation>مدموجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="44"/>
        <source>Different people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="49"/>
        <source>A file cannot be merged with itself.</source>
        <translation>لا يُدمج الملف مع نفسه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="50"/>
        <source>One of the two files is already merged into another file: nothing was changed.</source>
        <translation>أحد الملفين مدموج من قبل في ملف آخر، ولم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="52"/>
        <source>One of the two files no longer exists.</source>
        <translation>أحد الملفين لم يعد موجودًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="53"/>
        <source>The files were not merged.</source>
        <translation>لم يُدمج الملفان.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="131"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="132"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="133"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="134"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="135"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="136"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="137"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
</context>
<context>
    <name>DuplicatesController</name>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="177"/>
        <source>Pairs: %1</source>
        <translation>عدد الأزواج: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="183"/>
        <source>kept</source>
        <translation>المُبقى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="213"/>
        <source>%1 new possible duplicate(s) listed.</source>
        <translation>أُضيف إلى القائمة %1 من الملفات المحتمل تكرارها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="214"/>
        <source>No new possible duplicates were found.</source>
        <translation>لم يُعثر على ملفات جديدة محتمل تكرارها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="227"/>
        <source>Merge the two files</source>
        <translation>دمج الملفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="233"/>
        <source>Different ID numbers</source>
        <translation>رقما هوية مختلفان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="238"/>
        <source>The files were not merged: their ID numbers differ.</source>
        <translation>لم يُدمج الملفان لاختلاف رقمي الهوية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="243"/>
        <source>File %1 is merged into file %2.</source>
        <translation>دُمج الملف %1 في الملف %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="254"/>
        <source>Keep file %1 (%2) and merge file %3 into it?

Every request, complaint, household member, message and document of file %3 moves to file %1. File %3 stays in the registry, linked to file %1, and searching for it leads to file %1. This cannot be undone.</source>
        <translation>هل تريد إبقاء الملف %1 (%2) ودمج الملف %3 فيه؟

ستنتقل إلى الملف %1 كل طلبات الملف %3 وشكاواه وأفراد أسرته ورسائله ومستنداته. ويبقى الملف %3 في السجل مرتبطًا بالملف %1، والبحث عنه يقود إلى الملف %1. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="262"/>
        <source>The two files have different ID numbers (%1 and %2). Merge them only if you are sure they are one person (an ID typed wrongly, an iqama replaced by a national ID). Merge anyway?</source>
        <translation>رقما الهوية في الملفين مختلفان (%1 و%2). لا تدمجهما إلا إذا تأكدت أنهما لشخص واحد (رقم هوية كُتب خطأً، أو إقامة استُبدلت بهوية وطنية). هل تدمجهما مع ذلك؟</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="273"/>
        <source>Different people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="274"/>
        <source>Record that files %1 and %2 belong to different people? They will not be proposed as duplicates again.</source>
        <translation>هل تسجل أن الملفين %1 و%2 لشخصين مختلفين؟ لن يُقترحا ملفين مكررين بعد ذلك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="282"/>
        <source>Recorded as different people.</source>
        <translation>سُجِّلا لشخصين مختلفين.</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="65"/>
        <location filename="../desk_app/ui/screens/duplicates.py" line="81"/>
        <source>Possible duplicates</source>
        <translation>الملفات المحتمل تكرارها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="72"/>
        <location filename="../desk_app/ui/screens/duplicates.py" line="76"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="73"/>
        <source>Find duplicates in the whole registry</source>
        <translation>البحث عن التكرار في السجل كله</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="79"/>
        <source>How sure</source>
        <translation>درجة التأكد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="79"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="79"/>
        <location filename="../desk_app/ui/screens/duplicates.py" line="83"/>
        <source>First file</source>
        <translation>الملف الأول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="80"/>
        <location filename="../desk_app/ui/screens/duplicates.py" line="83"/>
        <source>Second file</source>
        <translation>الملف الثاني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="85"/>
        <source>The two files side by side</source>
        <translation>الملفان جنبًا إلى جنب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="90"/>
        <source>Keep the first file, merge the second into it</source>
        <translation>إبقاء الملف الأول ودمج الثاني فيه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="91"/>
        <source>Keep the second file, merge the first into it</source>
        <translation>إبقاء الملف الثاني ودمج الأول فيه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="93"/>
        <location filename="../desk_app/ui/screens/duplicates.py" line="94"/>
        <source>Why they are different people</source>
        <translation>سبب كونهما شخصين مختلفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/duplicates.py" line="96"/>
        <source>Different people</source>
        <translation>أشخاص مختلفون</translation>
    </message>
</context>
<context>
    <name>EligibilityPanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="85"/>
        <source>Eligibility</source>
        <translation>الاستحقاق</translation>
    </message>
</context>
<context>
    <name>Encryption</name>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="27"/>
        <source>The database on this PC is not encrypted: whoever copies the file (or a backup) can read every record and scan in it.</source>
        <translation>قاعدة البيانات على هذا الجهاز ليست مشفّرة: من ينسخ الملف (أو نسخة احتياطية منه) يقرأ كل سجل ومستند ممسوح فيه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="30"/>
        <source>The database on this PC is encrypted (SQLCipher, AES-256), and so are its backups. Keep the installation passphrase written down, apart from the PC.</source>
        <translation>قاعدة البيانات على هذا الجهاز مشفّرة بمعيار AES-256 عبر SQLCipher، وكذلك نسخها الاحتياطية. احتفظ بعبارة مرور التثبيت مكتوبة بعيدًا عن الجهاز.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="34"/>
        <source>The database is on the office server: the server and its encrypted connection protect it.</source>
        <translation>قاعدة البيانات على خادم المكتب: يحميها الخادم واتصاله المشفّر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="102"/>
        <source>The database is now encrypted. A verified encrypted copy was kept beside it.</source>
        <translation>أصبحت قاعدة البيانات مشفّرة، وحُفظت بجانبها نسخة مشفّرة جرى التحقق منها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="106"/>
        <source>Older copies found beside it were encrypted too (%1).</source>
        <translation>وشُفّرت معها النسخ الأقدم التي وُجدت بجانبها (%1).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="110"/>
        <source>Older copies made before encryption are still readable (%1): delete them or keep them somewhere safe (list on hover).</source>
        <translation>ما زالت نسخ أقدم أُنشئت قبل التشفير مقروءة (%1): احذفها أو احفظها في مكان آمن (القائمة عند التمرير).</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="44"/>
        <source>Encryption</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="53"/>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="55"/>
        <source>New installation passphrase</source>
        <translation>عبارة مرور التثبيت الجديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="54"/>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="56"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="59"/>
        <source>Remember the key on this PC</source>
        <translation>تذكّر المفتاح على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="60"/>
        <source>Encrypt the database</source>
        <translation>تشفير قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/encryption_panel.py" line="61"/>
        <source>Every other desk must be closed. A verified encrypted copy is made first; the plain file is overwritten.</source>
        <translation>يجب إغلاق البرنامج على كل مكتب آخر. تُنشأ أولًا نسخة مشفّرة جرى التحقق منها، ثم يُمحى الملف غير المشفّر.</translation>
    </message>
</context>
<context>
    <name>EnquiriesController</name>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="189"/>
        <source>Contacts: %1 — waiting for an answer: %2</source>
        <translation>التواصل: %1 — بانتظار الرد: %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="215"/>
        <source>The answer is recorded.</source>
        <translation>سُجّلت الإجابة.</translation>
    </message>
</context>
<context>
    <name>EnquiriesView</name>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="81"/>
        <location filename="../desk_app/ui/screens/enquiries.py" line="108"/>
        <source>Enquiries of the day</source>
        <translation>استفسارات اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="84"/>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="85"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="86"/>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="89"/>
        <source>Only those waiting for an answer (any day)</source>
        <translation>بانتظار الرد فقط (أي يوم)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="97"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="97"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="97"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="97"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="98"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="98"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="98"/>
        <source>What became of it</source>
        <translation>ما تم فيه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="113"/>
        <source>The answer given to the selected enquiry</source>
        <translation>الإجابة المقدمة للاستفسار المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="114"/>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="116"/>
        <source>Record the answer</source>
        <translation>تسجيل الإجابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/enquiries.py" line="117"/>
        <source>Open the file</source>
        <translation>فتح الملف</translation>
    </message>
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="158"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="37"/>
        <source>Set up the office database</source>
        <translation>إعداد قاعدة بيانات المكتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="38"/>
        <source>Set up Beneficiary Desk</source>
        <translation>إعداد مكتب المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="41"/>
        <source>Choose your association&apos;s profile (it can be edited later), this office&apos;s branch code, and the administrator account.</source>
        <translation>اختر ملف تعريف الجمعية (يمكن تعديله لاحقاً)، ورمز الفرع لهذا المكتب، وحساب مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="48"/>
        <source>Blank profile (another association)</source>
        <translation>ملف تعريف فارغ (جمعية أخرى)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="62"/>
        <source>Encrypt the database on this PC (recommended)</source>
        <translation>تشفير قاعدة البيانات على هذا الجهاز (موصى به)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="68"/>
        <source>a sentence of 10 characters or more</source>
        <translation>جملة من 10 أحرف أو أكثر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="72"/>
        <source>Remember the key on this PC</source>
        <translation>تذكّر المفتاح على هذا الجهاز</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="83"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="89"/>
        <source>Organisation profile</source>
        <translation>ملف تعريف الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="90"/>
        <source>Branch code</source>
        <translation>رمز الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="91"/>
        <source>Administrator&apos;s full name</source>
        <translation>الاسم الكامل لمدير النظام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="92"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="93"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="94"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="97"/>
        <source>Installation passphrase</source>
        <translation>عبارة مرور التثبيت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="98"/>
        <source>Passphrase again</source>
        <translation>عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="104"/>
        <source>This PC only</source>
        <translation>هذا الجهاز فقط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="106"/>
        <source>Connect to the office server</source>
        <translation>الاتصال بخادم المكتب</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="189"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="189"/>
        <source>Due on</source>
        <translation>موعده</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="189"/>
        <source>Received on</source>
        <translation>استُلم في</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="190"/>
        <source>Beneficiaries reached</source>
        <translation>المستفيدون المحققون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="190"/>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="206"/>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="195"/>
        <source>Record the selected report as received…</source>
        <translation>تسجيل استلام التقرير المحدد…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="198"/>
        <source>Record the evaluation and close</source>
        <translation>تسجيل التقييم وإغلاق الشراكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="204"/>
        <source>Reached</source>
        <translation>المستفيدون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="210"/>
        <source>Rating (1–5)</source>
        <translation>التقدير (1–5)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="211"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
</context>
<context>
    <name>GovernanceNotice</name>
    <message>
        <location filename="../desk_app/ui/widgets/governance_notice.py" line="42"/>
        <source>%1 data breaches past the 72 hours without notifying the regulator</source>
        <translation>حوادث تسرب بيانات تجاوزت 72 ساعة دون إبلاغ الجهة المختصة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/governance_notice.py" line="46"/>
        <source>%1 personal-data requests past their 30 days</source>
        <translation>طلبات بشأن البيانات الشخصية تجاوزت 30 يومًا: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/governance_notice.py" line="49"/>
        <source>the policy&apos;s review is due (since %1)</source>
        <translation>حان موعد مراجعة السياسة (منذ %1)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/governance_notice.py" line="53"/>
        <source>%1 records are due for the retention run</source>
        <translation>%1 سجلًا مستحقًا لتطبيق مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/governance_notice.py" line="54"/>
        <source>Data protection: %1.</source>
        <translation>حماية البيانات: %1.</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <location filename="../desk_app/ui/widgets/scan_viewer.py" line="25"/>
        <source>This image cannot be shown.</source>
        <translation>تعذر عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="39"/>
        <source>The file was not found.</source>
        <translation>الملف غير موجود.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="40"/>
        <source>Only .xlsx and .csv files can be imported.</source>
        <translation>يمكن استيراد ملفات ‎.xlsx و‎.csv فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="41"/>
        <source>The file cannot be read as a spreadsheet.</source>
        <translation>تعذّرت قراءة الملف بوصفه جدول بيانات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="42"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="43"/>
        <source>A required column is not mapped: first name, family name and ID number are needed.</source>
        <translation>عمود مطلوب غير محدد: يلزم الاسم الأول واسم العائلة ورقم الهوية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="44"/>
        <source>The database is not set up yet.</source>
        <translation>قاعدة البيانات لم تُعدّ بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="45"/>
        <source>The same person appears earlier in the file.</source>
        <translation>الشخص نفسه مذكور في صف سابق من الملف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="46"/>
        <source>Likely already registered; register at the desk after checking.</source>
        <translation>يُحتمل أنه مسجل من قبل؛ سجّله في مكتب الاستقبال بعد التحقق.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="47"/>
        <source>The database could not be written; nothing was imported.</source>
        <translation>تعذّرت الكتابة في قاعدة البيانات؛ لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="48"/>
        <source>The file is too large to import (over the size limit, or it unpacks to far more than it holds). Nothing was imported; split it into smaller files.</source>
        <translation>الملف أكبر من أن يُستورد (يتجاوز الحد المسموح، أو يتضخم عند فكّه أضعاف حجمه). لم يُستورد شيء؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="49"/>
        <source>The file has more rows than one import takes. Nothing was imported; split it into smaller files.</source>
        <translation>في الملف صفوف أكثر مما يحتمله استيراد واحد. لم يُستورد شيء؛ قسّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="50"/>
        <source>The file has more columns than a beneficiary sheet can have. Nothing was imported; check that this is the right sheet.</source>
        <translation>في الملف أعمدة أكثر مما يمكن أن يكون في جدول المستفيدين. لم يُستورد شيء؛ تأكد أنه الجدول الصحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="51"/>
        <source>A cell of the file is far longer than any field. Nothing was imported; check the file.</source>
        <translation>في الملف خلية أطول بكثير من أي حقل. لم يُستورد شيء؛ راجع الملف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="52"/>
        <source>This row has characters that could not be read (the file&apos;s encoding is mixed); fix the row and import it again.</source>
        <translation>في هذا الصف أحرف تعذّرت قراءتها (ترميز الملف مختلط)؛ صحّح الصف ثم استورده مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="119"/>
        <source>Spreadsheet</source>
        <translation>جدول البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="141"/>
        <source>Ignore</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="165"/>
        <source>Checking every row…</source>
        <translation>جارٍ فحص كل الصفوف…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="185"/>
        <source>Imported %1 of %2 rows; %3 rows rejected.</source>
        <translation>استُورد %1 من %2 صفاً؛ ورُفض %3 صفاً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="189"/>
        <source>Nothing was imported: correct the rejected rows, or import the valid rows only.</source>
        <translation>لم يُستورد شيء: صحّح الصفوف المرفوضة، أو استورد الصفوف الصحيحة فقط.</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="60"/>
        <source>Import beneficiaries from a spreadsheet</source>
        <translation>استيراد المستفيدين من جدول بيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="63"/>
        <source>Excel (.xlsx) or CSV file</source>
        <translation>ملف Excel ‏(.xlsx) أو CSV</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="64"/>
        <source>Choose file…</source>
        <translation>اختيار الملف…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="65"/>
        <source>Read the columns</source>
        <translation>قراءة الأعمدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="66"/>
        <source>Check which field each column of the file fills. Columns set to “Ignore” are not imported.</source>
        <translation>تحقق من الحقل الذي يملؤه كل عمود في الملف. الأعمدة المضبوطة على «تجاهل» لا تُستورد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="71"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="71"/>
        <source>Example</source>
        <translation>مثال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="71"/>
        <location filename="../desk_app/ui/screens/import_screen.py" line="80"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="74"/>
        <source>Import the valid rows only (otherwise nothing is imported while any row is rejected)</source>
        <translation>استيراد الصفوف الصحيحة فقط (وإلا فلا يُستورد شيء ما دام أي صف مرفوضاً)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="76"/>
        <source>Check and import</source>
        <translation>فحص واستيراد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="80"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="80"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/import_screen.py" line="82"/>
        <source>Problems found</source>
        <translation>المشكلات التي وُجدت</translation>
    </message>
</context>
<context>
    <name>IntakePanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="43"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="54"/>
        <source>Agrees to the programme&apos;s terms</source>
        <translation>يوافق على شروط البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="55"/>
        <source>Agrees to the processing of their data</source>
        <translation>يوافق على معالجة بياناته</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="71"/>
        <source>Open the request  (Ctrl+Enter)</source>
        <translation>فتح الطلب  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="74"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="75"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="76"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="77"/>
        <source>Tell the outcome by</source>
        <translation>وسيلة الإبلاغ بالنتيجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="78"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="79"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
</context>
<context>
    <name>InvestigationController</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="159"/>
        <source>Grounds: %1</source>
        <translation>السند: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="161"/>
        <source>No grounds yet: approved minutes or a final ruling are needed.</source>
        <translation>لا يوجد سند بعد: يلزم محضر معتمد أو حكم نهائي.</translation>
    </message>
</context>
<context>
    <name>InvestigationView</name>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="55"/>
        <source>The beneficiary accepted the agreed compensation</source>
        <translation>وافق المستفيد على التعويض المتفق عليه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="61"/>
        <source>Riyals, e.g. 1500</source>
        <translation>بالريال، مثل 1500</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="62"/>
        <source>Offered amount in riyals (optional)</source>
        <translation>المبلغ المعروض بالريال (اختياري)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="65"/>
        <source>The association caused the harm</source>
        <translation>ثبت أن الجمعية تسببت في الضرر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="66"/>
        <source>The ruling is in the beneficiary&apos;s favour</source>
        <translation>الحكم لصالح المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="68"/>
        <source>Record the minutes</source>
        <translation>تسجيل المحضر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="69"/>
        <source>Approve the minutes (signed in as myself)</source>
        <translation>اعتماد المحضر (باسمي)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="71"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="71"/>
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="72"/>
        <source>Record the ruling</source>
        <translation>تسجيل الحكم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="73"/>
        <source>Add to the negotiation log</source>
        <translation>إضافة إلى سجل التفاوض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="74"/>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="94"/>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="100"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="74"/>
        <source>What was agreed or offered</source>
        <translation>ما عُرض أو اتُّفق عليه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="75"/>
        <source>Offer (SAR)</source>
        <translation>العرض (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="76"/>
        <source>Record the settled compensation</source>
        <translation>تسجيل التعويض المسلّم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="93"/>
        <source>Minutes of the investigation and follow-up committee</source>
        <translation>محضر لجنة التحقيق والمتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="94"/>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="95"/>
        <source>The harm</source>
        <translation>الضرر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="95"/>
        <source>Its size</source>
        <translation>حجمه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="96"/>
        <source>Its causes</source>
        <translation>أسبابه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="97"/>
        <source>Approvals</source>
        <translation>الاعتمادات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="98"/>
        <source>Or a final ruling</source>
        <translation>أو حكم نهائي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="99"/>
        <source>Court or authority</source>
        <translation>المحكمة أو الجهة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="99"/>
        <source>Reference</source>
        <translation>رقم الحكم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="101"/>
        <source>Negotiation with the beneficiary</source>
        <translation>التفاوض مع المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="102"/>
        <source>Round</source>
        <translation>الجولة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="102"/>
        <source>Offer</source>
        <translation>العرض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="104"/>
        <source>Agreed compensation</source>
        <translation>التعويض المتفق عليه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="105"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="105"/>
        <source>Amount (SAR)</source>
        <translation>المبلغ (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="106"/>
        <source>Settled on</source>
        <translation>تاريخ التسليم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/complaint_investigation.py" line="106"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="230"/>
        <source>No survey is open.</source>
        <translation>لا توجد استبانة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="231"/>
        <source>A manager can open one on the Surveys screen.</source>
        <translation>يمكن للمدير فتح حملة من شاشة استبانات قياس الرضا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="225"/>
        <source>This survey cannot be answered now.</source>
        <translation>لا يمكن الإجابة عن هذه الاستبانة الآن.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="293"/>
        <source>Question %1 of %2</source>
        <translation>السؤال %1 من %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="296"/>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="300"/>
        <source>Send my answers</source>
        <translation>أرسل إجاباتي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="300"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="345"/>
        <source>Some answers are missing; go back and check.</source>
        <translation>بعض الإجابات ناقصة؛ ارجع وتحقق منها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="373"/>
        <source>Wrong password. The survey screen stays locked.</source>
        <translation>كلمة المرور غير صحيحة، وتبقى شاشة الاستبانة مقفلة.</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="78"/>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="79"/>
        <source>Start, and add my name to my answers</source>
        <translation>ابدأ، مع إضافة اسمي إلى إجاباتي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="80"/>
        <source>Your answers are anonymous: nobody will know who gave them.</source>
        <translation>إجاباتك سرية دون ذكر الاسم: لن يعرف أحد من قدّمها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="98"/>
        <source>Back</source>
        <translation>السابق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="99"/>
        <source>Next</source>
        <translation>التالي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="115"/>
        <source>Thank you! Your answers were saved.</source>
        <translation>شكرًا لك! حُفظت إجاباتك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="116"/>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="124"/>
        <source>Staff only: type the password of the staff member who opened the survey screen.</source>
        <translation>للموظفين فقط: اكتب كلمة مرور الموظف الذي فتح شاشة الاستبانة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="131"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="132"/>
        <source>Back to the survey</source>
        <translation>العودة إلى الاستبانة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/kiosk.py" line="147"/>
        <source>Staff</source>
        <translation>الموظف</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <location filename="../desk_app/ui/widgets/list_editor.py" line="42"/>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/list_editor.py" line="43"/>
        <source>Remove selected row</source>
        <translation>حذف الصف المحدد</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="129"/>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="146"/>
        <source>This account is locked after repeated wrong passwords. Sign out; the administrator can unlock it.</source>
        <translation>قُفل هذا الحساب بعد تكرار كلمة مرور خاطئة. سجّل الخروج؛ ويستطيع مسؤول النظام فتحه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="151"/>
        <source>Too many wrong passwords in a row. Wait %1 seconds before trying again.</source>
        <translation>تكررت كلمة المرور الخاطئة. انتظر %1 ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="154"/>
        <source>The password is not correct.</source>
        <translation>كلمة المرور غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>LockView</name>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="91"/>
        <source>The desk is locked</source>
        <translation>المكتب مقفل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="93"/>
        <source>Signed in: %1. Enter your password to go back to your work, just as you left it.</source>
        <translation>المستخدم: %1. أدخل كلمة المرور لتعود إلى عملك كما تركته.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="98"/>
        <source>Unlock  (Enter)</source>
        <translation>فتح القفل  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="101"/>
        <source>Sign out (another employee)</source>
        <translation>تسجيل الخروج (موظف آخر)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/idle_lock.py" line="103"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../desk_app/ui/login.py" line="109"/>
        <source>Enter your user name and password.</source>
        <extracomment>The policy version this person must still acknowledge (None: nothing asked). The registry&apos;s first page, read in the same job once the password was right (the registry shows it at once instead of asking the worker again after the shell is up).</extracomment>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="129"/>
        <source>This account is locked after repeated wrong passwords. Ask the administrator to unlock it.</source>
        <translation>أُقفل هذا الحساب بعد تكرار إدخال كلمة مرور خاطئة. اطلب من مدير النظام فتحه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="133"/>
        <source>Wait %1 seconds before trying again.</source>
        <translation>انتظر قبل المحاولة مرة أخرى (الثواني المتبقية: %1).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="135"/>
        <source>Too many wrong passwords in a row.</source>
        <translation>تكرر إدخال كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="136"/>
        <source>The user name or password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="146"/>
        <source>The administrator set this password. Choose your own password before you go on.</source>
        <translation>وضع مدير النظام كلمة المرور هذه. اختر كلمة مرور خاصة بك قبل المتابعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="154"/>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="26"/>
        <source>Beneficiary Desk — sign in</source>
        <translation>مكتب المستفيدين — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="31"/>
        <source>Sign in  (Enter)</source>
        <translation>دخول  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="37"/>
        <source>Save my password and sign in</source>
        <translation>حفظ كلمة المرور والدخول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="42"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="43"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="47"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login_view.py" line="48"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="61"/>
        <location filename="../desk_app/ui/main_window.py" line="173"/>
        <location filename="../desk_app/ui/main_window.py" line="276"/>
        <source>Beneficiary Desk</source>
        <translation>مكتب المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="64"/>
        <source>Beneficiary Desk — opening the database…</source>
        <translation>مكتب المستفيدين — جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="85"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="95"/>
        <source>The office server cannot be reached. What you type stays in the forms; saving works again as soon as the server is back.</source>
        <translation>تعذّر الوصول إلى خادم المكتب. ما تكتبه يبقى في النماذج، ويعود الحفظ ممكناً حالما يعود الخادم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="272"/>
        <source>%1 — branch %2</source>
        <translation>%1 — فرع %2</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="13"/>
        <source>— not in this meeting —</source>
        <translation>— ليس في هذا الاجتماع —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="13"/>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="14"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="14"/>
        <source>Postpone</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="18"/>
        <source>In person</source>
        <translation>حضوري</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="18"/>
        <source>Remote</source>
        <translation>عن بُعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="22"/>
        <source>Set up — no decisions yet</source>
        <translation>مُعدّ — لم تُسجَّل قرارات بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="22"/>
        <source>Decided — minutes awaiting approval</source>
        <translation>صدرت القرارات — المحضر بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="23"/>
        <source>Minutes approved</source>
        <translation>المحضر معتمد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="27"/>
        <source>Quorum: more than half the members</source>
        <translation>النصاب: أكثر من نصف الأعضاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="28"/>
        <source>Quorum: at least this many members</source>
        <translation>النصاب: عدد لا يقل عن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="29"/>
        <source>Quorum: every member</source>
        <translation>النصاب: جميع الأعضاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="33"/>
        <source>Minutes approved by every member present</source>
        <translation>يعتمد المحضرَ كلُّ عضو حاضر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="34"/>
        <source>Minutes approved by more than half of those present</source>
        <translation>يعتمد المحضرَ أكثر من نصف الحاضرين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="39"/>
        <source>The meeting lacks its quorum: %1 members present, %2 needed. No decision was recorded; a meeting without quorum cannot decide.</source>
        <translation>لم يكتمل النصاب: حضر %1 من الأعضاء ويلزم حضور %2. لم يُسجَّل أي قرار، فالاجتماع الذي لم يكتمل نصابه لا يُصدر قرارات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="40"/>
        <source>Another desk changed these requests since the agenda was shown: %1. Nothing of this meeting&apos;s decisions was recorded; the agenda was read again — check them and record again.</source>
        <translation>غيّر مكتب آخر هذه الطلبات بعد عرض جدول الأعمال: %1. لم يُسجَّل شيء من قرارات هذا الاجتماع، وأُعيدت قراءة جدول الأعمال — راجعها ثم سجّل القرارات من جديد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="41"/>
        <source>This meeting&apos;s decisions are already recorded.</source>
        <translation>قرارات هذا الاجتماع مسجّلة من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="42"/>
        <source>Record the meeting&apos;s decisions first.</source>
        <translation>سجّل قرارات الاجتماع أولًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="43"/>
        <source>The password is not this member&apos;s. The minutes were not approved.</source>
        <translation>كلمة المرور ليست كلمة مرور هذا العضو، فلم يُعتمد المحضر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="44"/>
        <source>Only a member present at the meeting approves its minutes.</source>
        <translation>لا يعتمد المحضر إلا عضو حضر الاجتماع.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="45"/>
        <source>This member has already approved the minutes.</source>
        <translation>اعتمد هذا العضو المحضر من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="46"/>
        <source>This member&apos;s account is locked after repeated wrong passwords; the administrator can unlock it.</source>
        <translation>حساب هذا العضو مقفل بعد تكرار كلمة مرور خاطئة، ويستطيع مدير النظام فتحه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="47"/>
        <source>Too many wrong passwords: wait a moment before trying again.</source>
        <translation>تكررت كلمة المرور الخاطئة: انتظر قليلًا قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="48"/>
        <source>Choose a decision for at least one request of the agenda.</source>
        <translation>اختر قرارًا لطلب واحد على الأقل من جدول الأعمال.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="49"/>
        <source>Request %1: a rejection or a postponement needs its reason.</source>
        <translation>الطلب %1: الرفض أو التأجيل يحتاج إلى ذكر السبب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_labels.py" line="50"/>
        <source>Tick the members present.</source>
        <translation>حدّد الأعضاء الحاضرين.</translation>
    </message>
</context>
<context>
    <name>MeetingsController</name>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="58"/>
        <location filename="../desk_app/ui/screens/meetings.py" line="117"/>
        <source>— all —</source>
        <translation>— الكل —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="112"/>
        <source>New meeting</source>
        <translation>اجتماع جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="148"/>
        <source>Set the meeting up, then record its decisions.</source>
        <translation>أعدّ الاجتماع، ثم سجّل قراراته.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="149"/>
        <location filename="../desk_app/ui/screens/meetings.py" line="210"/>
        <source>The minutes are approved after the decisions are recorded.</source>
        <translation>يُعتمد المحضر بعد تسجيل القرارات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="193"/>
        <source>No staff account has the committee role yet: the administrator gives it to the members on the staff screen.</source>
        <translation>لا يوجد بعد حساب موظف بدور عضو اللجنة: يمنحه مدير النظام للأعضاء من شاشة حسابات الموظفين.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="197"/>
        <source>Present: %1 of %2 members; the quorum is %3.</source>
        <translation>الحاضرون: %1 من %2 أعضاء، والنصاب %3.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="199"/>
        <source>Quorum met.</source>
        <translation>اكتمل النصاب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="200"/>
        <source>Quorum not met: this meeting cannot record decisions.</source>
        <translation>لم يكتمل النصاب: لا يستطيع هذا الاجتماع تسجيل قرارات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="207"/>
        <source>The minutes were approved on %1.</source>
        <translation>اعتُمد المحضر في %1.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="212"/>
        <source>Approved by %1 of the %2 needed. Waiting for: %3.</source>
        <translation>الاعتمادات: %1 من %2 مطلوبة. بانتظار: %3.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="215"/>
        <source>approved on %1</source>
        <translation>الاعتماد: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="217"/>
        <source>not yet</source>
        <translation>بانتظار الاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="262"/>
        <source>The members present were updated.</source>
        <translation>حُدّث الأعضاء الحاضرون.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="268"/>
        <source>Meeting %1 was set up. Choose a decision for each request of the agenda, then record them.</source>
        <translation>أُعدّ الاجتماع %1. اختر قرارًا لكل طلب من جدول الأعمال، ثم سجّل القرارات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="291"/>
        <source>The meeting&apos;s %1 decisions were recorded. Print the minutes; each member present approves them with their own password.</source>
        <translation>سُجّلت قرارات الاجتماع (%1). اطبع المحضر، ويعتمده كل عضو حاضر بكلمة مروره.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="328"/>
        <source>The minutes are approved by every member needed.</source>
        <translation>اعتمد المحضرَ جميعُ الأعضاء المطلوبين.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="329"/>
        <source>The approval was recorded.</source>
        <translation>سُجّل الاعتماد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meetings.py" line="344"/>
        <source>The minutes were issued (code %1) and archived: print them from the preview.</source>
        <translation>صدر المحضر (رمز التحقق %1) وحُفظ في الأرشيف: اطبعه من المعاينة.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="39"/>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="42"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="47"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="53"/>
        <source>Agenda and decisions</source>
        <translation>جدول الأعمال والقرارات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="54"/>
        <source>Minutes and approval</source>
        <translation>المحضر واعتماده</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="62"/>
        <source>The meeting</source>
        <translation>بيانات الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="70"/>
        <source>e.g. the meeting room, or a video call</source>
        <translation>مثل: قاعة الاجتماعات، أو اتصال مرئي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="74"/>
        <source>Set up the meeting</source>
        <translation>إعداد الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="80"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="83"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="85"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="89"/>
        <source>Held</source>
        <translation>الانعقاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="97"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="99"/>
        <source>Members present</source>
        <translation>الأعضاء الحاضرون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="105"/>
        <source>Update the members present</source>
        <translation>تحديث الأعضاء الحاضرين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="120"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="125"/>
        <source>Waiting at least (days)</source>
        <translation>الانتظار لا يقل عن (يومًا)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="121"/>
        <source>Refresh  (F5)</source>
        <translation>تحديث  (F5)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="123"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="130"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="124"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="130"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="130"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="130"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="131"/>
        <source>Days waiting</source>
        <translation>أيام الانتظار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="131"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="192"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="131"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="196"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="132"/>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="134"/>
        <source>Open the request</source>
        <translation>فتح الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="135"/>
        <source>Record the meeting&apos;s decisions</source>
        <translation>تسجيل قرارات الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="149"/>
        <source>Approval by the members</source>
        <translation>اعتماد الأعضاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="153"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="164"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="156"/>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="165"/>
        <source>The member&apos;s own password</source>
        <translation>كلمة مرور العضو نفسه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="159"/>
        <source>Approve the minutes</source>
        <translation>اعتماد المحضر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/meeting_view.py" line="161"/>
        <source>Print the minutes</source>
        <translation>طباعة المحضر</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desk_app/ui/messages.py" line="25"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="26"/>
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="27"/>
        <source>A name cannot contain digits.</source>
        <translation>لا يمكن أن يحتوي الاسم على أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="28"/>
        <source>A name part has at most {max} characters.</source>
        <translation>جزء الاسم لا يتجاوز {max} حرفًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="29"/>
        <source>A name holds letters, spaces, a hyphen or an apostrophe only.</source>
        <translation>الاسم حروف ومسافات وشرطة أو فاصلة علوية فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="30"/>
        <source>Invisible characters (direction marks, private or zero-width characters) were removed from this text.</source>
        <translation>حُذفت من هذا النص محارف غير مرئية (علامات اتجاه أو محارف خاصة أو صفرية العرض).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="31"/>
        <source>Write words that change with gender as {masculine|feminine}, for example {الموقّع|الموقّعة}.</source>
        <translation>اكتب الكلمات التي تتغير بجنس الشخص بالصيغة {مذكر|مؤنث}، مثل {الموقّع|الموقّعة}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="32"/>
        <source>The ID number must be exactly 10 digits.</source>
        <translation>رقم الهوية يجب أن يتكون من 10 أرقام بالضبط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="33"/>
        <source>This ID number is not valid (check digit). Check it digit by digit.</source>
        <translation>رقم الهوية غير صحيح (رقم التحقق). راجعه رقماً رقماً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="34"/>
        <source>A national ID starts with 1; numbers starting with 2 are iqamas.</source>
        <translation>رقم الهوية الوطنية يبدأ بـ 1؛ الأرقام التي تبدأ بـ 2 أرقام إقامة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="35"/>
        <source>An iqama number starts with 2; numbers starting with 1 are national IDs.</source>
        <translation>رقم الإقامة يبدأ بـ 2؛ الأرقام التي تبدأ بـ 1 أرقام هوية وطنية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="36"/>
        <source>A beneficiary with this identity document is already registered.</source>
        <translation>يوجد مستفيد مسجل بوثيقة الهوية نفسها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="37"/>
        <source>Document number: 4 to 20 Latin letters or digits.</source>
        <translation>رقم الوثيقة: من 4 إلى 20 حرفاً لاتينياً أو رقماً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="38"/>
        <source>A GCC ID must be issued by a GCC country.</source>
        <translation>الهوية الخليجية يجب أن تصدر من إحدى دول مجلس التعاون.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="39"/>
        <source>Not a valid date. Write day/month/year, e.g. 18/05/1990.</source>
        <translation>تاريخ غير صحيح أو غير موجود: راجع اليوم والشهر، واكتبه يوم/شهر/سنة، مثل 18/05/1990.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="40"/>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="41"/>
        <source>The date is too far in the past.</source>
        <translation>التاريخ قديم جداً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="42"/>
        <source>Not a mobile number. Saudi: 05XXXXXXXX; other countries: start with + or 00.</source>
        <translation>ليس رقم جوال صحيحاً. السعودي: 05XXXXXXXX؛ ولغير السعودي ابدأ بـ + أو 00.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="43"/>
        <source>This is a landline number; a mobile number is needed.</source>
        <translation>هذا رقم هاتف ثابت؛ المطلوب رقم جوال.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="44"/>
        <source>Not a valid e-mail address.</source>
        <translation>عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="45"/>
        <source>The format is not valid.</source>
        <translation>الصيغة غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="46"/>
        <source>This looks like a Hijri year: choose Hijri beside the date.</source>
        <translation>يبدو أن هذه سنة هجرية: اختر «هجري» بجانب التاريخ.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="47"/>
        <source>Building number: 4 digits.</source>
        <translation>رقم المبنى: 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="48"/>
        <source>Additional number: 4 digits.</source>
        <translation>الرقم الإضافي: 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="49"/>
        <source>Postal code: 5 digits.</source>
        <translation>الرمز البريدي: 5 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="50"/>
        <source>Short address: 4 letters and 4 digits, e.g. RRRD2929.</source>
        <translation>العنوان المختصر: 4 أحرف و4 أرقام، مثل RRRD2929.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="51"/>
        <source>Household member {row}: the name is required.</source>
        <translation>فرد الأسرة {row}: الاسم مطلوب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="52"/>
        <source>Household member {row}: a name holds letters, spaces, a hyphen or an apostrophe only.</source>
        <translation>فرد الأسرة {row}: الاسم حروف ومسافات وشرطة أو فاصلة علوية فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="53"/>
        <source>Household member {row}: the relation is required.</source>
        <translation>فرد الأسرة {row}: صلة القرابة مطلوبة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="54"/>
        <source>Household member {row}: the birth date is not valid.</source>
        <translation>فرد الأسرة {row}: تاريخ الميلاد غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="55"/>
        <source>Household member {row}: the ID number is not valid.</source>
        <translation>فرد الأسرة {row}: رقم الهوية غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="56"/>
        <location filename="../desk_app/ui/messages.py" line="185"/>
        <source>Someone else saved this record meanwhile. Reopen it and apply your change again.</source>
        <translation>حفظ مستخدم آخر هذا السجل في الأثناء. أعد فتحه وطبّق تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="57"/>
        <source>User name: Latin letters and digits only.</source>
        <translation>اسم المستخدم: أحرف لاتينية وأرقام فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="58"/>
        <source>This user name is taken.</source>
        <translation>اسم المستخدم مستخدم من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="59"/>
        <source>The password must have at least {min} characters.</source>
        <translation>كلمة المرور يجب ألا تقل عن {min} أحرف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="60"/>
        <source>The password cannot be the user name.</source>
        <translation>لا يجوز أن تكون كلمة المرور هي اسم المستخدم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="61"/>
        <source>This password is among the first ones anybody guessing would try. Choose another.</source>
        <translation>كلمة المرور هذه من أول ما يجرّبه من يحاول التخمين. اختر غيرها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="62"/>
        <source>The new password must differ from the one the administrator set.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن التي وضعها مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="63"/>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="64"/>
        <source>Branch code: 2 to 5 Latin capital letters, e.g. RYD.</source>
        <translation>رمز الفرع: من 2 إلى 5 أحرف لاتينية كبيرة، مثل RYD.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="65"/>
        <source>Only an administrator can do this.</source>
        <translation>هذا الإجراء لمدير النظام فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="66"/>
        <source>You cannot close your own account.</source>
        <translation>لا يمكنك إغلاق حسابك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="67"/>
        <source>This database is already set up.</source>
        <translation>قاعدة البيانات هذه مُعدّة من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="68"/>
        <source>This passphrase does not open the database: check it and the keyboard language.</source>
        <translation>عبارة المرور هذه لا تفتح قاعدة البيانات: تحقّق منها ومن لغة لوحة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="69"/>
        <source>The passphrase must have at least {min} characters; a short sentence is easy to remember.</source>
        <translation>يجب ألا تقل عبارة المرور عن {min} أحرف؛ والجملة القصيرة يسهل تذكّرها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="70"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="71"/>
        <source>The database is open on another desk. Close the program there, then encrypt again; nothing was changed.</source>
        <translation>قاعدة البيانات مفتوحة على مكتب آخر. أغلق البرنامج هناك ثم أعد التشفير؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="72"/>
        <source>The database could not be encrypted; it was left as it was.</source>
        <translation>تعذّر تشفير قاعدة البيانات، وبقيت كما كانت.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="73"/>
        <source>The database is already encrypted.</source>
        <translation>قاعدة البيانات مشفّرة من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="74"/>
        <source>The office server is protected by the server itself and TLS; encryption here is for a desk&apos;s own database file.</source>
        <translation>خادم المكتب يحميه الخادم نفسه والاتصال المشفّر (TLS)؛ التشفير هنا لملف قاعدة البيانات على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="75"/>
        <source>Choose a rating from 1 to 5.</source>
        <translation>اختر تقييمًا من 1 إلى 5.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="76"/>
        <source>This questionnaire version has no such question.</source>
        <translation>لا يوجد هذا السؤال في هذا الإصدار من الاستبانة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="77"/>
        <source>The text is too long (at most {max} characters).</source>
        <translation>النص طويل جدًا (الحد الأقصى {max} حرف).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="78"/>
        <source>Code: small Latin letters, digits and _ only.</source>
        <translation>الرمز: حروف لاتينية صغيرة وأرقام و _ فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="79"/>
        <source>This code is used twice.</source>
        <translation>هذا الرمز مستخدم مرتين.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="80"/>
        <source>Give at least {min} choices.</source>
        <translation>أدخل {min} خيارات على الأقل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="81"/>
        <source>Your role does not allow this.</source>
        <translation>صلاحيات دورك لا تسمح بهذا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="82"/>
        <source>Not found: it may have been removed meanwhile.</source>
        <translation>غير موجود: ربما حُذف في أثناء ذلك.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="83"/>
        <source>This enquiry was answered meanwhile (the list is refreshed).</source>
        <translation>أُجيب عن هذا الاستفسار في الأثناء (حُدّثت القائمة).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="84"/>
        <source>The beneficiary&apos;s file has no mobile number: add it on the file, or choose e-mail.</source>
        <translation>لا يوجد رقم جوال في ملف المستفيد: أضفه في الملف، أو اختر البريد الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="85"/>
        <source>The beneficiary&apos;s file has no e-mail address: add it on the file, or choose a text message.</source>
        <translation>لا يوجد بريد إلكتروني في ملف المستفيد: أضفه في الملف، أو اختر رسالة نصية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="86"/>
        <source>The complaint is anonymous: there is nobody to write to.</source>
        <translation>الشكوى مجهولة المصدر: لا يوجد من نراسله.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="87"/>
        <source>This form was already dealt with at another desk (the list is refreshed).</source>
        <translation>عولج هذا النموذج في مكتب آخر (حُدّثت القائمة).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="88"/>
        <source>The organisation profile has no website channel: add it (code website) before taking in online forms.</source>
        <translation>لا توجد قناة «الموقع الإلكتروني» في ملف الجمعية: أضفها (الرمز website) قبل استقبال النماذج الإلكترونية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="89"/>
        <source>Not possible for a message in this state: only one that could not be sent, or is not confirmed, can be sent again.</source>
        <translation>غير ممكن لرسالة في هذه الحالة: لا يُعاد إرسال إلا رسالة تعذّر إرسالها أو لم يتأكد وصولها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="90"/>
        <source>Write a number from {min} to {max}.</source>
        <translation>اكتب رقمًا من {min} إلى {max}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="91"/>
        <source>The policy was changed meanwhile: read the version now in force and acknowledge it.</source>
        <translation>عُدّلت السياسة في أثناء ذلك: اقرأ الإصدار المعمول به الآن ثم أقرّ به.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="92"/>
        <source>This date is before the day the request was received.</source>
        <translation>هذا التاريخ يسبق يوم استلام الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="93"/>
        <source>Write the time as hours:minutes, e.g. 14:30.</source>
        <translation>اكتب الوقت بالساعات والدقائق، مثل 14:30.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="94"/>
        <source>The regulator cannot have been notified before the breach was discovered.</source>
        <translation>لا يمكن أن يكون إبلاغ الجهة المختصة قبل اكتشاف الحادثة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="95"/>
        <source>Check the person&apos;s identity before answering the request.</source>
        <translation>تحقق من هوية صاحب الطلب قبل البت فيه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="96"/>
        <source>This request is already answered.</source>
        <translation>سبق البت في هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="97"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>المنفذ رقم من 1 إلى 65535.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="98"/>
        <source>The gateway address must start with https:// (the token must not travel in clear).</source>
        <translation>يجب أن يبدأ عنوان البوابة بـ https:// (حتى لا يُرسل رمز الدخول دون تشفير).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="99"/>
        <source>This PC has no key store for the password and token. Nothing was saved; ask the IT volunteer to enable the system&apos;s credential store.</source>
        <translation>لا يوجد على هذا الجهاز مخزن آمن لكلمة المرور ورمز الدخول. لم يُحفظ شيء؛ اطلب من المسؤول التقني تفعيل مخزن بيانات الاعتماد في النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="101"/>
        <source>This survey campaign is closed.</source>
        <translation>حملة الاستبانة هذه مغلقة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="102"/>
        <source>Ask the beneficiary how they want to be told the outcome: the association&apos;s policy requires the agreed channel.</source>
        <translation>اسأل المستفيد عن الوسيلة التي يريد أن يُبلَّغ بها بالنتيجة: سياسة الجمعية تشترط الوسيلة المتفق عليها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="104"/>
        <source>The survey invitation is sent once the request was served or closed, or the complaint resolved.</source>
        <translation>تُرسل دعوة الاستبانة بعد تقديم الخدمة أو إغلاق الطلب، أو بعد معالجة الشكوى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="105"/>
        <source>An invitation to the survey was already queued for it: see Messages to beneficiaries.</source>
        <translation>سبق إعداد دعوة إلى الاستبانة لهذا: انظر «الرسائل إلى المستفيدين».</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="106"/>
        <source>The beneficiary&apos;s consent to the programme&apos;s terms and to the processing of their data is required.</source>
        <translation>يلزم الحصول على موافقة المستفيد على شروط البرنامج وعلى معالجة بياناته.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="107"/>
        <source>This service is no longer offered.</source>
        <translation>هذه الخدمة لم تعد متاحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="117"/>
        <source>The study can no longer be changed: the request is no longer under study.</source>
        <translation>لا يمكن تعديل البحث: الطلب لم يعد قيد الدراسة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="135"/>
        <source>An organisation with this licence number is already registered.</source>
        <translation>جهة بهذا الرقم في الترخيص مسجلة من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="136"/>
        <source>Licence number: digits and Latin letters, at most 30.</source>
        <translation>رقم الترخيص: أرقام وحروف لاتينية، 30 خانة على الأكثر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="137"/>
        <source>Not a valid Saudi IBAN: SA followed by 22 digits, e.g. SA03 8000 0000 6080 1016 7519.</source>
        <translation>رقم الآيبان غير صحيح: SA يليها 22 رقمًا، مثل SA03 8000 0000 6080 1016 7519.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="138"/>
        <source>Write a whole number, 1 or more.</source>
        <translation>اكتب عددًا صحيحًا، 1 فأكثر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="139"/>
        <source>This report was already received.</source>
        <translation>استُلم هذا التقرير من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="140"/>
        <source>Write a whole number, 0 or more.</source>
        <translation>اكتب عددًا صحيحًا، صفرًا فأكثر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="141"/>
        <source>Already recorded for this channel and period: {items}</source>
        <translation>سُجل من قبل لهذه القناة والفترة: {items}</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="142"/>
        <source>The file needs a column for the content (content, post, title, المحتوى…) and one for the reach (reach, impressions, views, الوصول…).</source>
        <translation>يحتاج الملف إلى عمود للمحتوى (المحتوى، المنشور، العنوان، content…) وعمود للوصول (الوصول، مرات الظهور، المشاهدات، reach…).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="143"/>
        <source>Rows without a content item or with a reach that is not a whole number: {rows}. Nothing was imported.</source>
        <translation>صفوف بلا محتوى أو بوصول ليس عددًا صحيحًا: {rows}. لم يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="144"/>
        <source>The file holds no figures.</source>
        <translation>لا يحوي الملف أرقامًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="145"/>
        <source>This household already received this kind of aid within the last {days} days ({count} time(s), listed above). Write why it is given again to record it.</source>
        <translation>صُرف لهذه الأسرة هذا النوع من المساعدة خلال آخر {days} يومًا (عدد المرات: {count}، مبيّنة أعلاه). اكتب سبب صرفها مجددًا لتسجيلها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="146"/>
        <source>Aid is recorded only against a request the committee has accepted.</source>
        <translation>لا تُسجَّل المساعدة إلا على طلب وافقت عليه اللجنة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="147"/>
        <source>The aid cannot have been given before the committee&apos;s decision.</source>
        <translation>لا يمكن أن يكون التسليم قبل تاريخ قرار اللجنة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="173"/>
        <source>Your account was closed by the administrator after you signed in: nothing was saved. Sign out; the administrator can tell you more.</source>
        <translation>أُغلق حسابك من قِبل مسؤول النظام بعد تسجيل دخولك: لم يُحفظ شيء. سجّل الخروج، ويستطيع مسؤول النظام أن يوضح لك السبب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="188"/>
        <source>The database was restored from a backup while this desk was open. Nothing more was saved here: close the program and open it again.</source>
        <translation>استُعيدت قاعدة البيانات من نسخة احتياطية وهذا المكتب مفتوح. لم يُحفظ هنا شيء بعدها: أغلق البرنامج ثم افتحه من جديد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="189"/>
        <source>A backup is being restored into the database right now. Wait until it is finished, then open the program again.</source>
        <translation>تجري الآن استعادة نسخة احتياطية إلى قاعدة البيانات. انتظر حتى تنتهي، ثم افتح البرنامج من جديد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="190"/>
        <source>The database could not be upgraded to this version; it was left as it was (a backup was kept). Ask the administrator.</source>
        <translation>تعذّر ترقية قاعدة البيانات إلى هذا الإصدار، فتُركت كما كانت (مع الاحتفاظ بنسخة احتياطية). راجع مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="191"/>
        <source>The database address is not valid. Check the --db option or the DESK_APP_DB setting.</source>
        <translation>عنوان قاعدة البيانات غير صحيح. راجع الخيار ‎--db أو الإعداد DESK_APP_DB.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="192"/>
        <source>The database is encrypted and its passphrase was not given.</source>
        <translation>قاعدة البيانات مشفّرة ولم تُدخَل عبارة المرور الخاصة بها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="100"/>
        <location filename="../desk_app/ui/messages.py" line="108"/>
        <source>The end date is before the start date.</source>
        <translation>تاريخ النهاية يسبق تاريخ البداية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="20"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="103"/>
        <source>An association or organisation: use «Register an association or organisation».</source>
        <translation>هذه الفئة للجمعيات والجهات: سجّلها من «تسجيل جمعية أو جهة»، لا بوصفها فردًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="109"/>
        <source>The file does not exist (moved or deleted?); nothing was saved.</source>
        <translation>الملف غير موجود (هل نُقل أو حُذف؟)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="110"/>
        <source>The file cannot be read (permissions, or still being copied); nothing was saved.</source>
        <translation>تعذرت قراءة الملف (صلاحيات، أو ما زال يُنسخ)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="111"/>
        <source>The file is empty; nothing was saved.</source>
        <translation>الملف فارغ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="112"/>
        <source>The file is larger than the allowed {max_mb} MB; nothing was saved. Scan at a lower resolution.</source>
        <translation>حجم الملف أكبر من المسموح به ({max_mb} ميغابايت)؛ لم يُحفظ شيء. امسح المستند بدقة أقل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="113"/>
        <source>The file is neither an image nor a PDF; nothing was saved.</source>
        <translation>الملف ليس صورة ولا ملف PDF؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="114"/>
        <source>The checklist of a complete request can no longer be changed.</source>
        <translation>لا يمكن تعديل قائمة التحقق لطلب مكتمل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="115"/>
        <source>This request is closed; nothing can be attached to it.</source>
        <translation>هذا الطلب مغلق؛ لا يمكن إرفاق شيء به.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="116"/>
        <source>This step is not possible in the request&apos;s current state.</source>
        <translation>هذه الخطوة غير ممكنة في حالة الطلب الحالية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="118"/>
        <source>This step is not possible in the complaint&apos;s current state.</source>
        <translation>لا تتاح هذه الخطوة في الحالة الحالية للشكوى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="119"/>
        <source>Your role cannot do this step; the follow-up committee or a manager can.</source>
        <translation>لا يسمح دورك بهذه الخطوة؛ يقوم بها أعضاء لجنة المتابعة أو المدير.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="120"/>
        <source>This is recorded only while the complaint is under investigation.</source>
        <translation>يسجل هذا فقط والشكوى قيد التحقيق.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="121"/>
        <source>Members have started approving these minutes; they can no longer be changed.</source>
        <translation>بدأ الأعضاء اعتماد هذا المحضر، فلا يمكن تعديله.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="122"/>
        <source>Record the investigation minutes first.</source>
        <translation>سجّل محضر التحقيق أولًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="123"/>
        <source>Only a member named in the minutes can approve them, signed in under their own account.</source>
        <translation>لا يعتمد المحضر إلا عضو مذكور فيه، بعد دخوله بحسابه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="124"/>
        <source>You have already approved these minutes.</source>
        <translation>سبق أن اعتمدت هذا المحضر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="125"/>
        <source>Compensation needs the minutes approved by every member: {missing} approval(s) still missing.</source>
        <translation>يحتاج التعويض إلى اعتماد المحضر من جميع الأعضاء؛ الاعتمادات الناقصة: {missing}.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="126"/>
        <source>The minutes do not establish that the association caused the harm, so no compensation can be recorded.</source>
        <translation>لا يثبت المحضر أن الجمعية تسببت في الضرر، فلا يسجل تعويض.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="127"/>
        <source>Compensation needs investigation minutes approved by the committee&apos;s members, or a final ruling.</source>
        <translation>لا يسجل التعويض إلا بمحضر من لجنة التحقيق والمتابعة معتمد من أعضائها، أو بحكم نهائي.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="128"/>
        <source>Write the amount in riyals, e.g. 1500 or 1500.50.</source>
        <translation>اكتب المبلغ بالريال، مثل 1500 أو 1500.50.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="129"/>
        <source>The amount cannot be negative.</source>
        <translation>لا يمكن أن يكون المبلغ سالبًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="130"/>
        <source>A cash compensation needs an amount above zero.</source>
        <translation>التعويض النقدي يحتاج إلى مبلغ أكبر من صفر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="131"/>
        <source>The amount is too large.</source>
        <translation>المبلغ كبير جدًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="132"/>
        <source>The settlement date cannot be before the minutes or the ruling.</source>
        <translation>لا يسبق تاريخ التسليم تاريخ المحضر أو الحكم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="133"/>
        <source>Record the beneficiary&apos;s acceptance of the agreed compensation.</source>
        <translation>سجّل موافقة المستفيد على التعويض المتفق عليه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="134"/>
        <source>The file {name} is larger than {max} MB.</source>
        <translation>الملف {name} أكبر من {max} ميجابايت.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="163"/>
        <source>Not valid.</source>
        <translation>غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="181"/>
        <source>The database is busy (another desk is saving). Nothing was lost: try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة (مكتب آخر يحفظ). لم يُفقد شيء: حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="182"/>
        <source>The database cannot be written (read-only file or folder). Nothing was saved; ask the administrator.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (ملف أو مجلد للقراءة فقط). لم يُحفظ شيء؛ راجع مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="183"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="184"/>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation>ملف قاعدة البيانات تالف. استعد آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="186"/>
        <source>This record already exists.</source>
        <translation>هذا السجل موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="187"/>
        <source>The database cannot be opened. Check the file location or the network drive.</source>
        <translation>تعذّر فتح قاعدة البيانات. تحقق من موقع الملف أو محرك الشبكة.</translation>
    </message>
</context>
<context>
    <name>MyWorkController</name>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="221"/>
        <source>My work</source>
        <translation>أعمالي</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="41"/>
        <source>At the desk</source>
        <translation>عند المكتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="42"/>
        <source>Casework</source>
        <translation>دراسة الحالات والقرارات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="43"/>
        <source>Follow-up</source>
        <translation>المتابعة والتقارير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="44"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="61"/>
        <source>Dashboard</source>
        <translation>لوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="64"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="67"/>
        <source>Beneficiary registry</source>
        <translation>سجل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="69"/>
        <source>Beneficiary file</source>
        <translation>ملف المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="71"/>
        <source>Service request</source>
        <translation>طلب خدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="73"/>
        <source>Waiting requests</source>
        <translation>الطلبات المنتظرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="75"/>
        <source>My work</source>
        <translation>أعمالي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="78"/>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="81"/>
        <source>Social study</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="84"/>
        <source>Periodic review</source>
        <translation>المراجعة الدورية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="86"/>
        <source>Possible duplicates</source>
        <translation>الملفات المحتمل تكرارها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="89"/>
        <source>Complaints follow-up</source>
        <translation>متابعة الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="91"/>
        <source>New complaint</source>
        <translation>شكوى جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="93"/>
        <source>Complaint</source>
        <translation>الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="95"/>
        <source>Issued documents</source>
        <translation>المستندات الصادرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="97"/>
        <source>Verify a document</source>
        <translation>التحقق من مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="99"/>
        <source>Organisation profile</source>
        <translation>ملف تعريف الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="102"/>
        <source>Import beneficiaries</source>
        <translation>استيراد المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="105"/>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="108"/>
        <source>Permissions</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="111"/>
        <source>Access log</source>
        <translation>سجل الاطلاع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="114"/>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="117"/>
        <source>Sync conflicts</source>
        <translation>تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="120"/>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="123"/>
        <source>Policy and board approval</source>
        <translation>السياسة واعتماد مجلس الإدارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="126"/>
        <source>Staff acknowledgements of the policy</source>
        <translation>إقرارات الموظفين بالسياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="129"/>
        <source>Personal-data requests</source>
        <translation>طلبات البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="132"/>
        <source>Data breach register</source>
        <translation>سجل حوادث تسرب البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="135"/>
        <source>Retention run</source>
        <translation>تطبيق مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="138"/>
        <source>Satisfaction surveys</source>
        <translation>استبانات قياس الرضا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="140"/>
        <source>Type in survey answers</source>
        <translation>إدخال إجابات الاستبانة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="142"/>
        <source>Satisfaction results</source>
        <translation>نتائج قياس الرضا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="145"/>
        <source>Messages to beneficiaries</source>
        <translation>رسائل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="148"/>
        <source>Record an enquiry</source>
        <translation>تسجيل استفسار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="151"/>
        <source>Online forms</source>
        <translation>النماذج الإلكترونية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="154"/>
        <source>Contact officer&apos;s queue</source>
        <translation>قائمة ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="157"/>
        <source>Contact officers</source>
        <translation>ضباط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="160"/>
        <source>Enquiries of the day</source>
        <translation>استفسارات اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="163"/>
        <source>Partner associations</source>
        <translation>الجمعيات الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="166"/>
        <source>Partner request</source>
        <translation>طلب جمعية شريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="169"/>
        <source>Association or organisation</source>
        <translation>جمعية أو جهة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="172"/>
        <source>Indirect beneficiaries</source>
        <translation>المستفيدون غير المباشرين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="175"/>
        <source>Survey kiosk</source>
        <translation>شاشة الاستبانة للمستفيد</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="212"/>
        <source>Notify the beneficiary</source>
        <translation>إبلاغ المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="215"/>
        <source>Record the notification</source>
        <translation>تسجيل الإبلاغ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="220"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="221"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="226"/>
        <source>Queue the message</source>
        <translation>إعداد الرسالة للإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="235"/>
        <source>Invite to the satisfaction survey</source>
        <translation>دعوة إلى استبانة قياس الرضا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="237"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>OfficerAssignController</name>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="223"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="225"/>
        <source>Field of work</source>
        <translation>مجال العمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="236"/>
        <source>— nobody —</source>
        <translation>— لا أحد —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="253"/>
        <source>Saved (%1 changed).</source>
        <translation>حُفظ (تغيّر %1).</translation>
    </message>
</context>
<context>
    <name>OfficerAssignView</name>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="179"/>
        <location filename="../desk_app/ui/screens/officers.py" line="187"/>
        <source>Contact officers</source>
        <translation>ضباط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="181"/>
        <source>The policy names a contact officer for each category of beneficiaries and each field of the association&apos;s work, to receive and answer their enquiries.</source>
        <translation>تحدد السياسة ضابط اتصال لكل فئة من المستفيدين ولكل مجال من مجالات الجمعية، يستقبل استفساراتهم ويرد عليها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="186"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="186"/>
        <source>Category or field</source>
        <translation>الفئة أو المجال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="187"/>
        <source>Contact officer</source>
        <translation>ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="189"/>
        <source>Save the contact officers</source>
        <translation>حفظ ضباط الاتصال</translation>
    </message>
</context>
<context>
    <name>OfficerQueueController</name>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="119"/>
        <source>Answers for: %1</source>
        <translation>مسؤول عن: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="123"/>
        <source>No category or field is assigned to this officer yet (the administrator assigns them).</source>
        <translation>لم تُسند إلى ضابط الاتصال هذا أي فئة أو مجال بعد (يسندها مدير النظام).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="127"/>
        <source>Open requests and complaints: %1</source>
        <translation>الطلبات والشكاوى المفتوحة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="129"/>
        <source>Enquiries waiting for an answer: %1</source>
        <translation>استفسارات بانتظار الرد: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="143"/>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="143"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
</context>
<context>
    <name>OfficerQueueView</name>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="47"/>
        <source>Contact officer&apos;s queue</source>
        <translation>قائمة ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="50"/>
        <location filename="../desk_app/ui/screens/officers.py" line="51"/>
        <source>Contact officer</source>
        <translation>ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="58"/>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="58"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="58"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="59"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="59"/>
        <location filename="../desk_app/ui/screens/officers.py" line="61"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="59"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="60"/>
        <source>Due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="60"/>
        <source>Open requests and complaints</source>
        <translation>الطلبات والشكاوى المفتوحة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="61"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="61"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="62"/>
        <source>What became of it</source>
        <translation>ما تم فيه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="62"/>
        <source>Enquiries waiting</source>
        <translation>استفسارات بانتظار الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/officers.py" line="63"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
</context>
<context>
    <name>Online</name>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="29"/>
        <source>Not in the registry</source>
        <translation>غير مسجل في السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="30"/>
        <source>Registered: %1</source>
        <translation>مسجل: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="31"/>
        <source>Likely registered: %1</source>
        <translation>يُرجَّح أنه مسجل: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="32"/>
        <source>Sent twice (first in row %1)</source>
        <translation>أُرسل مرتين (أولاهما في الصف %1)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="33"/>
        <source>Data to correct</source>
        <translation>بيانات تحتاج إلى تصحيح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="37"/>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="38"/>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
</context>
<context>
    <name>OnlineController</name>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="47"/>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="49"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="71"/>
        <source>Watched folder: %1</source>
        <translation>المجلد المراقَب: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="72"/>
        <source>No watched folder is set.</source>
        <translation>لم يُحدَّد مجلد مراقَب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="76"/>
        <source>Waiting: %1 — done: %2 — set aside: %3</source>
        <translation>بانتظار المراجعة: %1 — أُنجز: %2 — استُبعد: %3</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="121"/>
        <source>File the complaint</source>
        <translation>تسجيل الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="122"/>
        <source>Create the request</source>
        <translation>إنشاء الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="133"/>
        <source>Register as a new beneficiary</source>
        <translation>تسجيل مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="157"/>
        <source>Done: %1 on the website channel.</source>
        <translation>تم: %1 عبر الموقع الإلكتروني.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="168"/>
        <source>This person is likely registered already (%1): open the file to check, then choose it as whose file this is.</source>
        <translation>يُرجَّح أن هذا الشخص مسجل من قبل (%1): افتح الملف للتحقق، ثم اختره ملفًا لصاحب النموذج.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="179"/>
        <source>Set aside.</source>
        <translation>استُبعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="183"/>
        <source>A web form&apos;s export</source>
        <translation>ملف نماذج إلكترونية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="214"/>
        <source>%2 new forms, %3 already in the queue (%1).</source>
        <translation>%2 نموذجًا جديدًا، و%3 في قائمة المراجعة من قبل (%1).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="217"/>
        <source>No new file.</source>
        <translation>لا يوجد ملف جديد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_arrivals.py" line="221"/>
        <source>Watched folder</source>
        <translation>المجلد المراقَب</translation>
    </message>
</context>
<context>
    <name>OnlineView</name>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="45"/>
        <location filename="../desk_app/ui/screens/online_view.py" line="70"/>
        <source>Online forms</source>
        <translation>النماذج الإلكترونية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="49"/>
        <source>Bring in an export…</source>
        <translation>استيراد ملف نماذج…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="50"/>
        <source>Check the watched folder</source>
        <translation>فحص المجلد المراقَب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="51"/>
        <source>Watched folder…</source>
        <translation>المجلد المراقَب…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="61"/>
        <source>Sent on</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="61"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="61"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="61"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="62"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="62"/>
        <source>In the registry</source>
        <translation>في السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="62"/>
        <source>To check</source>
        <translation>ما يحتاج إلى تحقق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="79"/>
        <source>Review the selected form</source>
        <translation>مراجعة النموذج المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="86"/>
        <source>The applicant agreed to the terms and to the use of their data on the form</source>
        <translation>وافق مقدم الطلب في النموذج على الشروط وعلى استخدام بياناته</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="89"/>
        <source>Why it is set aside (a test entry, a repeat…)</source>
        <translation>سبب الاستبعاد (تجربة، تكرار…)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="95"/>
        <source>Create the request</source>
        <translation>إنشاء الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="97"/>
        <source>Set aside</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="99"/>
        <source>Whose file</source>
        <translation>ملف من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="100"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="101"/>
        <source>Complaint category</source>
        <translation>تصنيف الشكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="104"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/online_view.py" line="107"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../desk_app/ui/ops.py" line="386"/>
        <source>Something went wrong</source>
        <extracomment>A list entered again shows the rows it holds, without asking again, when they were delivered less than this many seconds ago and nothing was saved at this desk (nor announced by another one) since: switching back and forth between two lists asked for both at every switch (a search over the registry, the waiting list&apos;s counts) and painted each twice (issue 23). Older rows, or any save in between, are asked for again, as before.</extracomment>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/ops.py" line="387"/>
        <source>This could not be done. Nothing was lost; the details were written to the log for the administrator.</source>
        <translation>تعذّر إتمام العملية. لم يُفقد شيء، وسُجّلت التفاصيل في السجل لمدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/ops.py" line="409"/>
        <source>Not done</source>
        <translation>لم تتم العملية</translation>
    </message>
</context>
<context>
    <name>OrganisationController</name>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="132"/>
        <source>New association or organisation</source>
        <translation>جمعية أو جهة جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="154"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
</context>
<context>
    <name>OrganisationView</name>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="41"/>
        <source>New association or organisation</source>
        <translation>جمعية أو جهة جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="47"/>
        <source>— choose the region —</source>
        <translation>— اختر المنطقة —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="52"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="52"/>
        <source>Licence number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="53"/>
        <source>Licensed by</source>
        <translation>جهة الترخيص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="53"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="54"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="54"/>
        <source>Field of activity</source>
        <translation>مجال النشاط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="55"/>
        <source>Contact person</source>
        <translation>مسؤول التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="55"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="56"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="56"/>
        <source>IBAN</source>
        <translation>الآيبان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="60"/>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="62"/>
        <source>New partner request for it…</source>
        <translation>طلب جديد لهذه الجمعية…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/organisation.py" line="63"/>
        <source>Back to the registry  (Esc)</source>
        <translation>العودة إلى السجل  (Esc)</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="43"/>
        <source>Waiting</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="43"/>
        <source>Sending</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="44"/>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="44"/>
        <source>Could not be sent</source>
        <translation>تعذّر إرسالها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="45"/>
        <source>Not confirmed</source>
        <translation>غير مؤكدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="49"/>
        <source>Request received</source>
        <translation>استلام طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="50"/>
        <source>Documents missing</source>
        <translation>مستندات ناقصة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="51"/>
        <source>Request complete</source>
        <translation>اكتمال الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="52"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="52"/>
        <source>Aid ready</source>
        <translation>المساعدة جاهزة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="53"/>
        <source>Complaint received</source>
        <translation>استلام شكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="54"/>
        <source>Complaint handled</source>
        <translation>معالجة شكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="55"/>
        <source>Survey invitation</source>
        <translation>دعوة إلى استبانة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="59"/>
        <source>Text message</source>
        <translation>رسالة نصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="59"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="67"/>
        <source>The server could not be reached (no network?); it will be tried again.</source>
        <translation>تعذّر الوصول إلى الخادم (لا توجد شبكة؟)؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="68"/>
        <source>The server is busy; it will be tried again.</source>
        <translation>الخادم مشغول؛ ستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="69"/>
        <source>The server refused the user name, password or token; check the sending settings.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور أو رمز الدخول؛ راجع إعدادات الإرسال.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="70"/>
        <source>The address was refused; check the beneficiary&apos;s contact details.</source>
        <translation>رُفض العنوان؛ راجع بيانات التواصل مع المستفيد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="71"/>
        <source>The server refused this message.</source>
        <translation>رفض الخادم هذه الرسالة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="72"/>
        <source>Sending was interrupted: it may have arrived. Check with the beneficiary, then send again or record that it arrived.</source>
        <translation>انقطع الإرسال وقد تكون الرسالة وصلت. تحقّق من المستفيد، ثم أعد الإرسال أو سجّل أنها وصلت.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="76"/>
        <source>Not sent.</source>
        <translation>لم تُرسل.</translation>
    </message>
</context>
<context>
    <name>OutboxController</name>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="284"/>
        <source>Sent: %1. Waiting for the server: %2. Could not be sent: %3.</source>
        <translation>أُرسلت: %1. بانتظار الخادم: %2. تعذّر إرسالها: %3.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="288"/>
        <source>Nothing to send now.</source>
        <translation>لا توجد رسائل للإرسال الآن.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="309"/>
        <source>The message is queued again.</source>
        <translation>أُعيدت الرسالة إلى قائمة الانتظار.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="313"/>
        <source>Recorded as arrived.</source>
        <translation>سُجّل أنها وصلت.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="331"/>
        <source>The sending settings are saved.</source>
        <translation>حُفظت إعدادات الإرسال.</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="91"/>
        <source>Messages to beneficiaries</source>
        <translation>رسائل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="95"/>
        <location filename="../desk_app/ui/screens/outbox.py" line="128"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="96"/>
        <source>Sending settings</source>
        <translation>إعدادات الإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="106"/>
        <source>All messages</source>
        <translation>كل الرسائل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="109"/>
        <location filename="../desk_app/ui/screens/outbox.py" line="114"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="110"/>
        <source>Send now</source>
        <translation>أرسل الآن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="119"/>
        <source>Queued on</source>
        <translation>تاريخ الإدراج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="119"/>
        <source>About</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="119"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="119"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="120"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="120"/>
        <source>Tries</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="120"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="132"/>
        <source>Message text</source>
        <translation>نص الرسالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="133"/>
        <source>Send the selected message again</source>
        <translation>أعد إرسال الرسالة المحددة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="134"/>
        <source>The selected message did arrive</source>
        <translation>الرسالة المحددة وصلت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="153"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (المنفذ 587)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="154"/>
        <source>TLS (port 465)</source>
        <translation>TLS (المنفذ 465)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="155"/>
        <source>None (a server on this PC only)</source>
        <translation>بدون (لخادم على هذا الجهاز فقط)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="160"/>
        <source>Leave empty to keep the stored one</source>
        <translation>اتركه فارغًا للإبقاء على المحفوظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="174"/>
        <source>E-mail (SMTP server)</source>
        <translation>البريد الإلكتروني (خادم SMTP)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="176"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="176"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="177"/>
        <source>Security</source>
        <translation>الحماية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="178"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="179"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="180"/>
        <source>Sender address</source>
        <translation>عنوان المرسل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="181"/>
        <location filename="../desk_app/ui/screens/outbox.py" line="186"/>
        <source>Sender name</source>
        <translation>اسم المرسل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="183"/>
        <source>Text messages (SMS gateway)</source>
        <translation>الرسائل النصية (بوابة SMS)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="185"/>
        <source>Gateway address</source>
        <translation>عنوان البوابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="187"/>
        <source>Access token</source>
        <translation>رمز الدخول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="189"/>
        <source>Save the sending settings</source>
        <translation>احفظ إعدادات الإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/outbox.py" line="191"/>
        <source>The password and the token are kept in this PC&apos;s key store, not in the database or its backups.</source>
        <translation>تُحفظ كلمة المرور ورمز الدخول في المخزن الآمن لهذا الجهاز، لا في قاعدة البيانات ولا في نسخها الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>PartnerRequestController</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="131"/>
        <source>— choose the association —</source>
        <translation>— اختر الجمعية —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="141"/>
        <source>New partner request</source>
        <translation>طلب جديد من جمعية شريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="185"/>
        <source>Signed copy on file: %1</source>
        <translation>النسخة الموقعة محفوظة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="186"/>
        <source>Printed; the signed copy is not attached yet.</source>
        <translation>طُبعت؛ لم تُرفق النسخة الموقعة بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="194"/>
        <source>OVERDUE</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="239"/>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="245"/>
        <location filename="../desk_app/ui/screens/partner_request.py" line="316"/>
        <location filename="../desk_app/ui/screens/partner_request.py" line="334"/>
        <source>The file cannot be read; nothing was attached.</source>
        <translation>تعذرت قراءة الملف؛ لم يُرفق شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="258"/>
        <source>The formal request was recorded.</source>
        <translation>سُجِّل الطلب الرسمي.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="268"/>
        <source>The needs study was recorded.</source>
        <translation>سُجِّلت دراسة الاحتياج.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="277"/>
        <source>The decision was recorded.</source>
        <translation>سُجِّل القرار.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="288"/>
        <source>The agreement was recorded; its impact reports are scheduled.</source>
        <translation>سُجِّلت الاتفاقية وجُدولت تقارير الأثر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="296"/>
        <source>The agreement was archived as %1 (verification code %2); print it from Issued documents.</source>
        <translation>أُرشفت الاتفاقية برقم %1 (رمز التحقق %2)؛ اطبعها من شاشة المستندات الصادرة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="310"/>
        <source>The signed copy</source>
        <translation>النسخة الموقعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="319"/>
        <source>The signed copy was attached.</source>
        <translation>أُرفقت النسخة الموقعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="325"/>
        <source>Choose the report received in the list first.</source>
        <translation>اختر التقرير المستلم من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="329"/>
        <source>The report&apos;s file</source>
        <translation>ملف التقرير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="339"/>
        <source>The impact report was recorded as received.</source>
        <translation>سُجِّل استلام تقرير الأثر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="348"/>
        <source>The evaluation was recorded; the partnership is closed.</source>
        <translation>سُجِّل التقييم وأُغلقت الشراكة.</translation>
    </message>
</context>
<context>
    <name>PartnerRequestView</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="50"/>
        <source>New partner request</source>
        <translation>طلب جديد من جمعية شريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="55"/>
        <source>Back to the priority list  (Esc)</source>
        <translation>العودة إلى قائمة الأولوية  (Esc)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="60"/>
        <source>1. Formal request</source>
        <translation>1. الطلب الرسمي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="61"/>
        <source>2. Needs study</source>
        <translation>2. دراسة الاحتياج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="62"/>
        <source>3. Decision</source>
        <translation>3. القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="63"/>
        <source>4. Agreement</source>
        <translation>4. الاتفاقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="64"/>
        <source>5. Reports and evaluation</source>
        <translation>5. التقارير والتقييم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_request.py" line="65"/>
        <source>Steps taken</source>
        <translation>الخطوات المنجزة</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="12"/>
        <source>Requested</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="14"/>
        <source>Studied</source>
        <translation>تمت دراسته</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="16"/>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="18"/>
        <source>Not approved</source>
        <translation>غير معتمد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="20"/>
        <source>Agreement signed</source>
        <translation>وُقِّعت الاتفاقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="22"/>
        <source>Closed (evaluated)</source>
        <translation>مغلق (قُيِّمت الشراكة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="27"/>
        <source>Formal request</source>
        <translation>الطلب الرسمي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="29"/>
        <source>Needs study</source>
        <translation>دراسة الاحتياج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="31"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="33"/>
        <source>Agreement</source>
        <translation>الاتفاقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="35"/>
        <source>Impact report</source>
        <translation>تقرير الأثر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="37"/>
        <source>Evaluation</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="42"/>
        <source>The association&apos;s scope of work</source>
        <translation>نطاق عمل الجمعية المتقدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="44"/>
        <source>Number of target beneficiaries</source>
        <translation>عدد المستفيدين المستهدفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="46"/>
        <source>Readiness of its infrastructure</source>
        <translation>جاهزية الجمعية من حيث البنية التحتية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="48"/>
        <source>Fit with our goals and operating plans</source>
        <translation>التوافق مع أهداف الجمعية وخططها التشغيلية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="53"/>
        <source>Impact</source>
        <translation>الأثر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="55"/>
        <source>Regional need</source>
        <translation>احتياج المنطقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="57"/>
        <source>Not served before</source>
        <translation>لم تستفد سابقًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="62"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="64"/>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="66"/>
        <source>Social researcher / empowerment team</source>
        <translation>الباحث الاجتماعي / فريق التمكين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="68"/>
        <source>Committee</source>
        <translation>اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="70"/>
        <source>Management</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_labels.py" line="81"/>
        <source>Not studied yet</source>
        <translation>لم تُدرس بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_study.py" line="44"/>
        <source>not served before</source>
        <translation>لم تستفد سابقًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_study.py" line="46"/>
        <source>served before</source>
        <translation>استفادت سابقًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_study.py" line="47"/>
        <source>Priority: %1 (%2)</source>
        <translation>الأولوية: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PartnersController</name>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="116"/>
        <source>This association&apos;s profile has no services for partner associations.</source>
        <translation>لا يتضمن ملف الجمعية خدمات للجمعيات الشريكة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="120"/>
        <source>Priority weights in the profile: %1</source>
        <translation>أوزان الأولوية في ملف الجمعية: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="153"/>
        <source>Requests competing: %1 — reports overdue: %2</source>
        <translation>الطلبات المتنافسة: %1 — التقارير المتأخرة: %2</translation>
    </message>
</context>
<context>
    <name>PartnersView</name>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="54"/>
        <source>Partner associations: priority list</source>
        <translation>الجمعيات الشريكة: قائمة الأولوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="58"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="59"/>
        <source>New partner request…</source>
        <translation>طلب جديد من جمعية شريكة…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="61"/>
        <source>Open  (Enter)</source>
        <translation>فتح  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="62"/>
        <source>Rank</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="62"/>
        <location filename="../desk_app/ui/screens/partners.py" line="72"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="62"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="63"/>
        <source>Expected beneficiaries</source>
        <translation>المستفيدون المتوقعون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="63"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="64"/>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="64"/>
        <source>Why (the profile&apos;s weights)</source>
        <translation>السبب (بأوزان ملف الجمعية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="70"/>
        <source>Impact reports overdue</source>
        <translation>تقارير الأثر المتأخرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="72"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="72"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="73"/>
        <source>Due on</source>
        <translation>موعده</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partners.py" line="73"/>
        <source>Days late</source>
        <translation>أيام التأخر</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="60"/>
        <source>Print document</source>
        <translation>طباعة المستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="66"/>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="67"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="97"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="98"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="100"/>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="101"/>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="102"/>
        <source>Fit width</source>
        <translation>ملء العرض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="103"/>
        <source>Print…  (Ctrl+P)</source>
        <translation>طباعة…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="106"/>
        <source>Save as PDF…</source>
        <translation>حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="176"/>
        <source>Page %1 of %2</source>
        <translation>صفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="221"/>
        <source>The file could not be saved: %1</source>
        <translation>تعذر حفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>PdfScanViewer</name>
    <message>
        <location filename="../desk_app/ui/widgets/scan_viewer.py" line="45"/>
        <source>This PDF cannot be shown.</source>
        <translation>لا يمكن عرض ملف PDF هذا.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="10"/>
        <source>Open a beneficiary&apos;s file</source>
        <translation>فتح ملف مستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="11"/>
        <source>Register a beneficiary</source>
        <translation>تسجيل مستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="12"/>
        <source>Edit a beneficiary&apos;s data</source>
        <translation>تعديل بيانات مستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="13"/>
        <source>Confirm the periodic data review</source>
        <translation>تأكيد المراجعة الدورية للبيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="14"/>
        <source>Record a contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="15"/>
        <source>See possible duplicate files</source>
        <translation>الاطلاع على الملفات المحتمل تكرارها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="16"/>
        <source>Merge duplicate files or mark them as different people</source>
        <translation>دمج الملفات المكررة أو تسجيلها لأشخاص مختلفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="17"/>
        <source>Take a service request</source>
        <translation>استقبال طلب خدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="18"/>
        <source>Attach a scanned document</source>
        <translation>إرفاق مستند ممسوح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="19"/>
        <source>View or export scanned documents</source>
        <translation>عرض المستندات الممسوحة أو تصديرها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="20"/>
        <source>Review documents (social researcher)</source>
        <translation>مراجعة المستندات (الباحث الاجتماعي)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="21"/>
        <source>Send a request to the committee</source>
        <translation>إحالة الطلب إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="22"/>
        <source>Record the committee&apos;s decision</source>
        <translation>تسجيل قرار اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="23"/>
        <source>Refer a request</source>
        <translation>تحويل طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="24"/>
        <source>Study a referred request and send it on (social researcher)</source>
        <translation>دراسة الطلب المحال وإعادته أو رفعه (الباحث الاجتماعي)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="25"/>
        <source>Read a request&apos;s social study and print its report</source>
        <translation>الاطلاع على البحث الاجتماعي للطلب وطباعة تقريره</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="26"/>
        <source>Withdraw a request</source>
        <translation>سحب طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="27"/>
        <source>Record notifying the beneficiary</source>
        <translation>تسجيل إشعار المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="28"/>
        <source>Record the service given</source>
        <translation>تسجيل تقديم الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="29"/>
        <source>Close a request</source>
        <translation>إغلاق طلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="30"/>
        <source>Print documents</source>
        <translation>طباعة المستندات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="31"/>
        <source>Reprint or view issued documents</source>
        <translation>إعادة طباعة المستندات الصادرة أو عرضها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="32"/>
        <source>Verify a document</source>
        <translation>التحقق من مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="33"/>
        <source>File a complaint</source>
        <translation>تسجيل شكوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="34"/>
        <source>Handle complaints</source>
        <translation>معالجة الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="35"/>
        <source>Investigation minutes and rulings</source>
        <translation>محاضر التحقيق والأحكام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="36"/>
        <source>Record compensation</source>
        <translation>تسجيل التعويض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="37"/>
        <source>Take survey answers</source>
        <translation>تسجيل إجابات الاستبانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="38"/>
        <source>Edit questionnaires and campaigns</source>
        <translation>تعديل الاستبانات والحملات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="39"/>
        <source>See survey results</source>
        <translation>الاطلاع على نتائج الاستبانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="40"/>
        <source>See management reports and the dashboard</source>
        <translation>الاطلاع على التقارير الإدارية ولوحة المؤشرات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="41"/>
        <source>Export reports</source>
        <translation>تصدير التقارير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="42"/>
        <source>Import beneficiaries</source>
        <translation>استيراد المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="43"/>
        <source>Make a backup</source>
        <translation>أخذ نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="44"/>
        <source>Restore a backup</source>
        <translation>استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="45"/>
        <source>Edit the organisation profile</source>
        <translation>تعديل ملف الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="46"/>
        <source>Manage staff accounts</source>
        <translation>إدارة حسابات الموظفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="47"/>
        <source>Change permissions</source>
        <translation>تعديل الصلاحيات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="48"/>
        <source>See the audit and access logs</source>
        <translation>الاطلاع على سجل التدقيق وسجل الاطلاع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="49"/>
        <source>Acknowledge the policy</source>
        <translation>الإقرار بالاطلاع على السياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="50"/>
        <source>Follow up staff acknowledgements</source>
        <translation>متابعة إقرارات الموظفين بالسياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="51"/>
        <source>Record a personal-data request</source>
        <translation>تسجيل طلب بشأن البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="52"/>
        <source>Answer a personal-data request</source>
        <translation>البت في طلب بشأن البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="53"/>
        <source>Export everything held about a person</source>
        <translation>تصدير كل ما تحفظه الجمعية عن شخص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="54"/>
        <source>Record a data breach</source>
        <translation>تسجيل حادثة تسرب بيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="55"/>
        <source>See the breach register</source>
        <translation>الاطلاع على سجل حوادث تسرب البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="56"/>
        <source>Follow the day&apos;s enquiries</source>
        <translation>متابعة استفسارات اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="57"/>
        <source>Answer an enquiry passed on</source>
        <translation>الإجابة عن استفسار محال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="58"/>
        <source>See the messages to beneficiaries</source>
        <translation>الاطلاع على الرسائل إلى المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="59"/>
        <source>Queue a message to a beneficiary</source>
        <translation>إعداد رسالة إلى مستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="60"/>
        <source>Send, resend or confirm messages</source>
        <translation>إرسال الرسائل أو إعادة إرسالها أو تأكيد وصولها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="61"/>
        <source>Set up e-mail and SMS sending</source>
        <translation>إعداد البريد الإلكتروني والرسائل النصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="62"/>
        <source>Synchronise with the head office</source>
        <translation>المزامنة مع المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="63"/>
        <source>Set up branch synchronisation</source>
        <translation>إعداد مزامنة الفروع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="64"/>
        <source>Resolve sync conflicts</source>
        <translation>حل تعارضات المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="65"/>
        <source>Bring in online forms</source>
        <translation>استيراد النماذج الإلكترونية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="66"/>
        <source>Review online forms into requests and complaints</source>
        <translation>مراجعة النماذج الإلكترونية وتحويلها إلى طلبات وشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="67"/>
        <source>Register an association or organisation</source>
        <translation>تسجيل جمعية أو جهة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="68"/>
        <source>See partner requests</source>
        <translation>الاطلاع على طلبات الجمعيات الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="69"/>
        <source>Take a partner association&apos;s formal request</source>
        <translation>استلام الطلب الرسمي من الجمعية الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="70"/>
        <source>Study a partner request&apos;s needs</source>
        <translation>دراسة احتياج طلب الجمعية الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="71"/>
        <source>Decide on a partner request</source>
        <translation>البت في طلب الجمعية الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="72"/>
        <source>Record and print the partnership agreement</source>
        <translation>تسجيل اتفاقية الشراكة وطباعتها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="73"/>
        <source>Receive the partner&apos;s impact reports</source>
        <translation>استلام تقارير الأثر من الجمعية الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="74"/>
        <source>Evaluate a partnership</source>
        <translation>تقييم الشراكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="75"/>
        <source>Record the reach of content (indirect beneficiaries)</source>
        <translation>تسجيل الوصول إلى المحتوى (المستفيدون غير المباشرين)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="76"/>
        <source>Name the contact officers</source>
        <translation>تحديد ضباط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="77"/>
        <source>See a contact officer&apos;s queue</source>
        <translation>الاطلاع على قائمة ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="78"/>
        <source>Hold committee meetings and record their decisions</source>
        <translation>عقد اجتماعات اللجنة وتسجيل قراراتها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="79"/>
        <source>Approve a meeting&apos;s minutes</source>
        <translation>اعتماد محضر الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="80"/>
        <source>Print the record of processing</source>
        <translation>طباعة سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="81"/>
        <source>Apply the retention periods</source>
        <translation>تطبيق مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="83"/>
        <source>Sign-in refused</source>
        <translation>رفض تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="84"/>
        <source>Sign-in to a locked account</source>
        <translation>محاولة دخول إلى حساب مقفل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="85"/>
        <source>Sign-in before the wait ended</source>
        <translation>محاولة دخول قبل انتهاء مدة الانتظار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="91"/>
        <source>Registry</source>
        <translation>سجل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="91"/>
        <source>Service requests</source>
        <translation>طلبات الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="92"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="92"/>
        <source>Complaints</source>
        <translation>الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="93"/>
        <source>Surveys</source>
        <translation>الاستبانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="93"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="94"/>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="95"/>
        <source>Data protection and policy</source>
        <translation>حماية البيانات والسياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="96"/>
        <source>Contacts and messages</source>
        <translation>التواصل والرسائل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="97"/>
        <source>Partner associations</source>
        <translation>الجمعيات الشريكة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="103"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="104"/>
        <source>Reception</source>
        <translation>موظف الاستقبال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="105"/>
        <source>Social researcher</source>
        <translation>الباحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="106"/>
        <source>Committee member</source>
        <translation>عضو اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="107"/>
        <source>Manager</source>
        <translation>المدير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/permission_labels.py" line="115"/>
        <source>Your role (%1) does not allow this: %2. Ask the administrator if it is part of your work.</source>
        <translation>صلاحيات دورك (%1) لا تسمح بهذا الإجراء: %2. راجع مدير النظام إن كان من صميم عملك.</translation>
    </message>
</context>
<context>
    <name>PermissionsController</name>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="82"/>
        <source>Version in force: %1</source>
        <translation>الإصدار المعمول به: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="83"/>
        <source>In force: the defaults (never changed)</source>
        <translation>المعمول به: الصلاحيات الافتراضية (لم تُعدَّل)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="146"/>
        <source>Saved as version %1; it applies from the next action at every desk.</source>
        <translation>حُفظت بوصفها الإصدار %1، وتسري من الإجراء التالي في كل مكتب.</translation>
    </message>
</context>
<context>
    <name>PermissionsView</name>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="35"/>
        <source>Permissions</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="48"/>
        <source>Why the change (kept with the version)</source>
        <translation>سبب التعديل (يُحفظ مع الإصدار)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="49"/>
        <source>Fill in the defaults</source>
        <translation>تعبئة الصلاحيات الافتراضية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/permissions.py" line="50"/>
        <source>Save as the new version</source>
        <translation>حفظ كإصدار جديد</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="40"/>
        <source>held remotely</source>
        <translation>عُقد عن بُعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="41"/>
        <source>held in person</source>
        <translation>عُقد حضوريًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="42"/>
        <source>the minutes do not say</source>
        <translation>لم يذكر المحضر طريقة الانعقاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="49"/>
        <source>No board approval is recorded for this version.</source>
        <translation>لم يُسجَّل اعتماد مجلس الإدارة لهذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="50"/>
        <source>Approved by the board at its meeting no. %1 on %2 (%3).</source>
        <translation>اعتمدها مجلس الإدارة في اجتماعه رقم %1 بتاريخ %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PolicyAckController</name>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="84"/>
        <source>%1, this association asks every staff member to read its policy and acknowledge it (version %2) before working in the program.</source>
        <translation>%1، تطلب الجمعية من كل موظف قراءة سياستها والإقرار بها (الإصدار %2) قبل العمل في البرنامج.</translation>
    </message>
</context>
<context>
    <name>PolicyAckView</name>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="30"/>
        <source>Before you start: the association&apos;s policy</source>
        <translation>قبل أن تبدأ: سياسة الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="39"/>
        <source>Policy text</source>
        <translation>نص السياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="47"/>
        <source>I have read the policy to the end and affirm the statement above.</source>
        <translation>قرأت السياسة إلى آخرها وأقر بالعبارة أعلاه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="50"/>
        <source>Acknowledge and continue</source>
        <translation>الإقرار والمتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/policy_ack.py" line="53"/>
        <source>Sign out without acknowledging</source>
        <translation>الخروج دون إقرار</translation>
    </message>
</context>
<context>
    <name>PolicyAcksController</name>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="82"/>
        <source>No policy text is held in the profile yet.</source>
        <translation>لم يُحفظ نص السياسة في ملف الجمعية بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="85"/>
        <source>Version %1 of the policy: %2 of %3 staff members have acknowledged it.</source>
        <translation>الإصدار %1 من السياسة: أقرّ به %2 من %3 موظفين.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="92"/>
        <source>Not yet</source>
        <translation>لم يُقر بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="107"/>
        <source>The list was issued (code %1) and archived: print it from the preview.</source>
        <translation>صدرت القائمة (الرمز %1) وحُفظت في الأرشيف: اطبعها من المعاينة.</translation>
    </message>
</context>
<context>
    <name>PolicyAcksView</name>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="32"/>
        <source>Staff acknowledgements of the policy</source>
        <translation>إقرارات الموظفين بالسياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="38"/>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="38"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="39"/>
        <source>Acknowledged</source>
        <translation>تاريخ الإقرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="39"/>
        <source>Desk</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy_acks.py" line="40"/>
        <source>Print the signed list</source>
        <translation>طباعة قائمة الإقرارات</translation>
    </message>
</context>
<context>
    <name>PolicyController</name>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="174"/>
        <location filename="../desk_app/ui/screens/policy.py" line="208"/>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="178"/>
        <source>The policy names no review cycle.</source>
        <translation>لا تحدد السياسة موعدًا لمراجعتها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="179"/>
        <source>No policy text is held in the profile yet.</source>
        <translation>لم يُحفظ نص السياسة في ملف الجمعية بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="182"/>
        <source>The policy&apos;s review is due (since %1): review it and record the new version and its approval.</source>
        <translation>حان موعد مراجعة السياسة (منذ %1): راجعها وسجّل الإصدار الجديد واعتماده.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="186"/>
        <source>Next review of the policy: %1.</source>
        <translation>موعد المراجعة القادمة للسياسة: %1.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="205"/>
        <source>Each staff member affirms: %1</source>
        <translation>يقر كل موظف بما يلي: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="207"/>
        <source>Staff are not asked to acknowledge this version.</source>
        <translation>لا يُطلب من الموظفين الإقرار بهذا الإصدار.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="230"/>
        <source>The board approval was saved.</source>
        <translation>حُفظ اعتماد مجلس الإدارة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="239"/>
        <source>Saved as version %1: staff who acknowledge the policy will be asked again.</source>
        <translation>حُفظ بوصفه الإصدار %1: سيُطلب من الموظفين الإقرار به من جديد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="254"/>
        <source>The record of processing was issued (code %1) and archived.</source>
        <translation>صدر سجل أنشطة المعالجة (الرمز %1) وحُفظ في الأرشيف.</translation>
    </message>
</context>
<context>
    <name>PolicyView</name>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="60"/>
        <source>The policy and its board approval</source>
        <translation>السياسة واعتماد مجلس الإدارة لها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="67"/>
        <source>Policy versions</source>
        <translation>إصدارات السياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="70"/>
        <source>Policy text</source>
        <translation>نص السياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="75"/>
        <source>Board members present</source>
        <translation>أعضاء المجلس الحاضرون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="74"/>
        <source>Member</source>
        <translation>العضو</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="74"/>
        <source>Capacity</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="91"/>
        <source>Text and approval</source>
        <translation>النص والاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="92"/>
        <source>Record the board approval</source>
        <translation>تسجيل اعتماد مجلس الإدارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="93"/>
        <source>New version of the text</source>
        <translation>إصدار جديد من النص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="94"/>
        <source>Print the record of processing</source>
        <translation>طباعة سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="99"/>
        <source>Record of processing</source>
        <translation>سجل أنشطة المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="116"/>
        <source>One member a line: name - capacity</source>
        <translation>عضو في كل سطر: الاسم - الصفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="119"/>
        <source>Save the approval</source>
        <translation>حفظ الاعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="122"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="123"/>
        <source>Meeting number</source>
        <translation>رقم الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="124"/>
        <source>Meeting date</source>
        <translation>تاريخ الاجتماع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="125"/>
        <source>The meeting was</source>
        <translation>طريقة الانعقاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="126"/>
        <source>Members present</source>
        <translation>الأعضاء الحاضرون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="136"/>
        <source>The sentence each staff member affirms (blank: not asked)</source>
        <translation>العبارة التي يقر بها كل موظف (فارغة: لا يُطلب إقرار)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="138"/>
        <source>Save as a new version</source>
        <translation>حفظ بوصفه إصدارًا جديدًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="141"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="142"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/policy.py" line="143"/>
        <source>Staff acknowledge</source>
        <translation>إقرار الموظفين</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="94"/>
        <source>Document preview</source>
        <translation>معاينة المستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="97"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="34"/>
        <source>No printer is installed on this computer. Save the document as PDF, or ask the administrator to add a printer.</source>
        <translation>لا توجد طابعة مثبتة على هذا الجهاز. احفظ المستند بصيغة PDF، أو اطلب من مدير النظام إضافة طابعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="37"/>
        <source>No default printer is set. Choose a printer in the print dialog.</source>
        <translation>لم تُحدد طابعة افتراضية. اختر طابعة من نافذة الطباعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="39"/>
        <source>The printer was not found. Check that it is connected and switched on, or choose another printer.</source>
        <translation>لم يُعثر على الطابعة. تأكد من توصيلها وتشغيلها، أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="42"/>
        <source>The printer is stopped, switched off or in error. Check paper and power, then print again.</source>
        <translation>الطابعة متوقفة أو مطفأة أو بها عطل. تحقق من الورق والتشغيل، ثم أعد الطباعة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="45"/>
        <source>The document cannot be read for printing.</source>
        <translation>تعذرت قراءة المستند لطباعته.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="47"/>
        <source>The printer refused the print job. Try again or choose another printer.</source>
        <translation>رفضت الطابعة أمر الطباعة. حاول مرة أخرى أو اختر طابعة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/pdf_preview.py" line="52"/>
        <source>The document is saved in the archive; you can reprint it from there.</source>
        <translation>المستند محفوظ في الأرشيف، ويمكنك إعادة طباعته من هناك.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="10"/>
        <source>Name (Arabic)</source>
        <translation>الاسم (بالعربية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="11"/>
        <source>Name (English)</source>
        <translation>الاسم (بالإنجليزية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="12"/>
        <source>Licence number</source>
        <translation>رقم الترخيص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="13"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="14"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="15"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="16"/>
        <source>Website</source>
        <translation>الموقع الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="17"/>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="18"/>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="19"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="20"/>
        <source>Response time counted in</source>
        <translation>تُحسب مدة الرد بـ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="21"/>
        <source>Response time (days)</source>
        <translation>مدة الرد (أيام)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="22"/>
        <source>Response time as the policy words it</source>
        <translation>مدة الرد كما تنص عليها السياسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="23"/>
        <source>Weekend</source>
        <translation>عطلة نهاية الأسبوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="24"/>
        <source>Data review period (months)</source>
        <translation>مدة مراجعة البيانات (أشهر)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="25"/>
        <source>Ages counted in</source>
        <translation>تُحسب الأعمار بـ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="26"/>
        <source>Warn when the last good backup is older than (hours)</source>
        <translation>التنبيه إذا كانت آخر نسخة احتياطية سليمة أقدم من (ساعة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="28"/>
        <source>Second backup folder (a USB drive, a network folder)</source>
        <translation>مجلد ثانٍ للنسخ الاحتياطية (ذاكرة USB أو مجلد على الشبكة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="30"/>
        <source>Declaration text</source>
        <translation>نص الإقرار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="31"/>
        <source>Consent text</source>
        <translation>نص الموافقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="32"/>
        <source>Consent text version</source>
        <translation>إصدار نص الموافقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="33"/>
        <source>Note printed on the receipt</source>
        <translation>الملاحظة المطبوعة على الإيصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="34"/>
        <source>Code (Latin)</source>
        <translation>الرمز (بأحرف لاتينية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="35"/>
        <source>Receives complaints</source>
        <translation>تستقبل الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="36"/>
        <source>Contact officer</source>
        <translation>ضابط الاتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="37"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="38"/>
        <source>Time limit (working days)</source>
        <translation>المدة (أيام عمل)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="39"/>
        <source>Date (yyyy-mm-dd)</source>
        <translation>التاريخ (سنة-شهر-يوم)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="40"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="41"/>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="42"/>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="48"/>
        <source>Channels</source>
        <translation>قنوات التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="49"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="50"/>
        <source>Committees</source>
        <translation>اللجان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="51"/>
        <source>Complaint types</source>
        <translation>أنواع الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="52"/>
        <source>Referral to</source>
        <translation>جهات الإحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="53"/>
        <source>Holidays</source>
        <translation>الإجازات الرسمية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="54"/>
        <source>Response time</source>
        <translation>مدة الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="55"/>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="56"/>
        <source>Services</source>
        <translation>دليل الخدمات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="57"/>
        <source>Social study</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="58"/>
        <source>Aid given</source>
        <translation>المساعدات المصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="63"/>
        <source>Working days</source>
        <translation>أيام عمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="64"/>
        <source>Calendar days</source>
        <translation>أيام تقويمية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="65"/>
        <source>Set by the association</source>
        <translation>تحددها الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="69"/>
        <source>Monday</source>
        <translation>الاثنين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="70"/>
        <source>Tuesday</source>
        <translation>الثلاثاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="71"/>
        <source>Wednesday</source>
        <translation>الأربعاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="72"/>
        <source>Thursday</source>
        <translation>الخميس</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="73"/>
        <source>Friday</source>
        <translation>الجمعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="74"/>
        <source>Saturday</source>
        <translation>السبت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="75"/>
        <source>Sunday</source>
        <translation>الأحد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="79"/>
        <source>Decision (competent committee)</source>
        <translation>القرار (اللجنة المختصة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="80"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="81"/>
        <source>Investigation</source>
        <translation>التحقيق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="82"/>
        <source>Social research</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="86"/>
        <source>Another association</source>
        <translation>جمعية أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="87"/>
        <source>Social researcher</source>
        <translation>الباحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="88"/>
        <source>Concerned department</source>
        <translation>الإدارة المختصة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="93"/>
        <source>required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="94"/>
        <source>wrong kind of value</source>
        <translation>نوع القيمة غير صحيح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="95"/>
        <source>codes use small Latin letters, digits and _ only</source>
        <translation>الرموز بأحرف لاتينية صغيرة وأرقام و _ فقط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="96"/>
        <source>this code is used twice</source>
        <translation>هذا الرمز مستخدم مرتين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="97"/>
        <source>this value is repeated</source>
        <translation>هذه القيمة مكررة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="98"/>
        <source>not one of the allowed values</source>
        <translation>ليست من القيم المسموح بها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="99"/>
        <source>names a committee that does not exist</source>
        <translation>تشير إلى لجنة غير موجودة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="100"/>
        <source>names a category that does not exist</source>
        <translation>تشير إلى فئة غير موجودة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="101"/>
        <source>out of the allowed range</source>
        <translation>خارج النطاق المسموح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="102"/>
        <source>all seven days cannot be weekend</source>
        <translation>لا يمكن أن تكون أيام الأسبوع السبعة كلها عطلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="103"/>
        <source>not a date (write yyyy-mm-dd)</source>
        <translation>ليس تاريخاً (اكتبه سنة-شهر-يوم)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="104"/>
        <source>not an e-mail address</source>
        <translation>ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="105"/>
        <source>not a PNG image</source>
        <translation>ليست صورة PNG</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_labels.py" line="106"/>
        <source>only an administrator can change the profile</source>
        <translation>تعديل الملف لمدير النظام فقط</translation>
    </message>
</context>
<context>
    <name>ProfileController</name>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="235"/>
        <source>Only an administrator can change the profile.</source>
        <translation>تعديل ملف تعريف الجمعية لمدير النظام فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="324"/>
        <source>Saved as version %1. It applies from now on; earlier versions are kept.</source>
        <translation>حُفظ بوصفه الإصدار %1، ويسري من الآن؛ والإصدارات السابقة محفوظة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="337"/>
        <source>row %1</source>
        <translation>الصف %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="344"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="352"/>
        <source>The file cannot be read.</source>
        <translation>تعذّرت قراءة الملف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="355"/>
        <source>The logo must be a PNG image of at most 1 MB.</source>
        <translation>يجب أن يكون الشعار صورة PNG لا يتجاوز حجمها 1 ميجابايت.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="368"/>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="391"/>
        <source>Version in force: %1</source>
        <translation>الإصدار الساري: %1</translation>
    </message>
</context>
<context>
    <name>ProfileView</name>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="65"/>
        <source>Organisation profile</source>
        <translation>ملف تعريف الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="70"/>
        <source>What changed (e.g. the board&apos;s approval of 2027)</source>
        <translation>ما الذي تغيّر (مثل: اعتماد مجلس الإدارة لعام 2027)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="71"/>
        <source>Save as a new version  (Ctrl+S)</source>
        <translation>حفظ كإصدار جديد  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="79"/>
        <source>Choose logo (PNG)…</source>
        <translation>اختيار الشعار (PNG)…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="80"/>
        <source>Remove logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="115"/>
        <source>Gregorian years</source>
        <translation>سنوات ميلادية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="116"/>
        <source>Hijri years</source>
        <translation>سنوات هجرية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="135"/>
        <source>Committee meetings</source>
        <translation>اجتماعات اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="172"/>
        <source>Add the official holidays of this year</source>
        <translation>إضافة الإجازات الرسمية لهذه السنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="186"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="186"/>
        <source>Saved on</source>
        <translation>تاريخ الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="186"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="186"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="194"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="194"/>
        <source>Rules</source>
        <translation>القواعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="195"/>
        <source>Channels</source>
        <translation>قنوات التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="196"/>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="197"/>
        <source>Committees</source>
        <translation>اللجان</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="198"/>
        <source>Complaint types</source>
        <translation>أنواع الشكاوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="199"/>
        <source>Referral to</source>
        <translation>جهات الإحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="200"/>
        <source>Social study</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="201"/>
        <source>Holidays</source>
        <translation>الإجازات الرسمية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="201"/>
        <source>Texts</source>
        <translation>النصوص</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="202"/>
        <source>Aid given</source>
        <translation>المساعدات المصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_editor.py" line="203"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
</context>
<context>
    <name>QuestionBlock</name>
    <message>
        <location filename="../desk_app/ui/widgets/answer_inputs.py" line="133"/>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
</context>
<context>
    <name>ReachController</name>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="133"/>
        <source>typed in</source>
        <translation>إدخال يدوي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="138"/>
        <source>Reach in the period by channel: %1</source>
        <translation>الوصول في الفترة حسب القناة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="145"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="161"/>
        <source>A platform&apos;s export</source>
        <translation>ملف مُصدَّر من منصة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="161"/>
        <source>Exports (*.csv *.xlsx)</source>
        <translation>ملفات التصدير (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="172"/>
        <source>Figures recorded: %1</source>
        <translation>الأرقام المسجلة: %1</translation>
    </message>
</context>
<context>
    <name>ReachView</name>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="40"/>
        <source>Indirect beneficiaries: reach of our content</source>
        <translation>المستفيدون غير المباشرين: الوصول إلى محتوى الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="42"/>
        <source>People who benefit from the website and social-media content are counted here, not registered as beneficiaries.</source>
        <translation>يُعد هنا من يستفيد من محتوى الموقع الإلكتروني ومنصات التواصل الاجتماعي، ولا يُسجلون مستفيدين.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="53"/>
        <source>Record the figure</source>
        <translation>تسجيل الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="55"/>
        <source>Import a platform&apos;s export (CSV, XLSX)…</source>
        <translation>استيراد ملف من منصة (CSV أو XLSX)…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="56"/>
        <source>Show this period&apos;s figures</source>
        <translation>عرض أرقام الفترة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="61"/>
        <source>Channel and period</source>
        <translation>القناة والفترة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="63"/>
        <location filename="../desk_app/ui/screens/reach.py" line="73"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="64"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="65"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="66"/>
        <location filename="../desk_app/ui/screens/reach.py" line="73"/>
        <source>Content item</source>
        <translation>عنصر المحتوى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="67"/>
        <source>People reached</source>
        <translation>عدد من وصل إليهم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="73"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="74"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reach.py" line="74"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
</context>
<context>
    <name>RegistryController</name>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="166"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="189"/>
        <source>Most recently registered beneficiaries.</source>
        <translation>آخر المستفيدين تسجيلاً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="192"/>
        <source> (more on the next page)</source>
        <translation> (المزيد في الصفحة التالية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="193"/>
        <source>Results: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="196"/>
        <source>No beneficiary found. Check the spelling, or register a new one (Ctrl+N).</source>
        <translation>لم يُعثر على مستفيد. تحقق من الكتابة، أو سجّل مستفيداً جديداً (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="206"/>
        <source>The search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="213"/>
        <source>Page %1</source>
        <translation>صفحة %1</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="22"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="22"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="22"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="23"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="25"/>
        <source>Association / organisation</source>
        <translation>جمعية أو جهة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="39"/>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="31"/>
        <source>Beneficiary registry</source>
        <translation>سجل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="36"/>
        <source>Search by name, ID / iqama number, mobile or file number  (Ctrl+F)</source>
        <translation>ابحث بالاسم أو رقم الهوية/الإقامة أو الجوال أو رقم الملف  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="38"/>
        <source>New beneficiary  (Ctrl+N)</source>
        <translation>مستفيد جديد  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="40"/>
        <source>New association…</source>
        <translation>جمعية جديدة…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="50"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="51"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="53"/>
        <source>Open  (Enter)</source>
        <translation>فتح  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="54"/>
        <source>Record a contact</source>
        <translation>تسجيل تواصل</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="95"/>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="133"/>
        <source>Save as PDF</source>
        <translation>حفظ PDF</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="149"/>
        <source>Save as Excel</source>
        <translation>حفظ ملف Excel</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="159"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="161"/>
        <source>archived as %1, verification code %2</source>
        <translation>مؤرشف برقم %1، رمز التحقق %2</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="40"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="50"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="51"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="52"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="53"/>
        <source>Branch (blank: all)</source>
        <translation>الفرع (فارغ: كل الفروع)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="54"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="55"/>
        <source>Show the figures</source>
        <translation>عرض المؤشرات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="57"/>
        <source>Save as PDF (archived)</source>
        <translation>حفظ PDF (مؤرشف)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="58"/>
        <source>Save as Excel</source>
        <translation>حفظ ملف Excel</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="64"/>
        <source>Figure</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/reports.py" line="64"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
</context>
<context>
    <name>Request</name>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="10"/>
        <source>Received</source>
        <translation>مستلم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="11"/>
        <source>Incomplete</source>
        <translation>غير مكتمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="12"/>
        <source>Complete</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="13"/>
        <source>Under study</source>
        <translation>قيد الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="14"/>
        <source>Under committee study</source>
        <translation>قيد دراسة اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="15"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="16"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="17"/>
        <source>Referred</source>
        <translation>محال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="18"/>
        <source>Served</source>
        <translation>قُدمت الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="19"/>
        <location filename="../desk_app/ui/screens/request_labels.py" line="53"/>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="20"/>
        <location filename="../desk_app/ui/screens/request_labels.py" line="60"/>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="26"/>
        <source>Accept</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="27"/>
        <source>Reject</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="28"/>
        <source>Refer</source>
        <translation>محال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="34"/>
        <source>Another association (out of scope)</source>
        <translation>جمعية أخرى (خارج نطاق الجمعية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="35"/>
        <source>Social researcher</source>
        <translation>الباحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="36"/>
        <source>Concerned department</source>
        <translation>الإدارة المختصة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="42"/>
        <source>Back to the desk</source>
        <translation>العودة إلى الاستقبال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="43"/>
        <source>On to the committee</source>
        <translation>الرفع إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="49"/>
        <source>Request opened</source>
        <translation>فتح الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="50"/>
        <source>Document verified</source>
        <translation>التحقق من مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="51"/>
        <source>Scan attached</source>
        <translation>إرفاق صورة مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="52"/>
        <source>Sent to the committee</source>
        <translation>الإحالة إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="54"/>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="55"/>
        <source>Study ended</source>
        <translation>انتهاء الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="56"/>
        <source>Social study saved</source>
        <translation>حفظ البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="57"/>
        <source>Committee decision recorded</source>
        <translation>تسجيل قرار اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="58"/>
        <source>Beneficiary notified</source>
        <translation>إبلاغ المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="59"/>
        <source>Service given</source>
        <translation>تقديم الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="70"/>
        <source>%1 days left</source>
        <translation>الأيام المتبقية: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="71"/>
        <source>%1 working days left</source>
        <translation>أيام العمل المتبقية: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="74"/>
        <source>Due today</source>
        <translation>ينتهي اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="75"/>
        <source>Overdue by %1 days</source>
        <translation>متأخر — أيام التأخير: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_labels.py" line="76"/>
        <source>Overdue by %1 working days</source>
        <translation>متأخر — أيام العمل المتأخرة: %1</translation>
    </message>
</context>
<context>
    <name>RequestActions</name>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="95"/>
        <source>Notified on %1 by %2: %3</source>
        <translation>أُبلغ في %1 عبر %2: %3</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="100"/>
        <source>The request goes to the committee marked with the failed criteria.</source>
        <translation>يُحال الطلب إلى اللجنة مع بيان المعايير غير المستوفاة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="109"/>
        <source>The study has ended.</source>
        <translation>انتهت الدراسة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="135"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="142"/>
        <source>Your request %1 has been decided: %2.</source>
        <translation>صدر قرار اللجنة في طلبكم رقم %1: %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="144"/>
        <source>Reason: %1</source>
        <translation>السبب: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="167"/>
        <source>Sent to the committee.</source>
        <translation>تمت إحالة الطلب إلى اللجنة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="173"/>
        <source>Withdraw</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="173"/>
        <source>Withdraw this request?</source>
        <translation>هل تريد سحب هذا الطلب؟</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="175"/>
        <source>The request was withdrawn.</source>
        <translation>تم سحب الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="183"/>
        <source>The request was closed.</source>
        <translation>تم إغلاق الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="197"/>
        <source>The request was referred.</source>
        <translation>تمت إحالة الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="206"/>
        <source>The study was recorded and the request sent on.</source>
        <translation>سُجّلت الدراسة وأُرسل الطلب إلى وجهته.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="224"/>
        <source>The committee&apos;s decision was recorded. Notify the beneficiary.</source>
        <translation>تم تسجيل قرار اللجنة. أبلغ المستفيد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="234"/>
        <source>The notification was recorded.</source>
        <translation>تم تسجيل الإبلاغ.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="247"/>
        <source>The message is queued; it goes out when the desk is online (see Messages to beneficiaries).</source>
        <translation>أُعدّت الرسالة، وتُرسل متى اتصل المكتب بالشبكة (انظر «الرسائل إلى المستفيدين»).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_actions.py" line="262"/>
        <source>The survey invitation is queued; it goes out when the desk is online.</source>
        <translation>أُعدّت دعوة الاستبانة، وتُرسل متى اتصل المكتب بالشبكة.</translation>
    </message>
</context>
<context>
    <name>RequestAid</name>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="33"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="75"/>
        <source>Record aid given</source>
        <translation>تسجيل مساعدة مصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="76"/>
        <source>Record aid given (once the committee has accepted the request)</source>
        <translation>تسجيل مساعدة مصروفة (بعد موافقة اللجنة على الطلب)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="145"/>
        <source>This household already received this kind of aid in the last %1 days:</source>
        <translation>صُرف لهذه الأسرة هذا النوع من المساعدة خلال مدة التكرار (عدد الأيام: %1):</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="189"/>
        <source>The aid given was recorded. Print the handover receipt for the beneficiary to sign.</source>
        <translation>سُجِّلت المساعدة المصروفة. اطبع إيصال التسليم ليوقّعه المستفيد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="225"/>
        <source>The signed handover receipt</source>
        <translation>إيصال التسليم الموقّع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="226"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>صور وملفات PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_aid.py" line="242"/>
        <source>The signed receipt was attached.</source>
        <translation>أُرفق الإيصال الموقّع.</translation>
    </message>
</context>
<context>
    <name>RequestController</name>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="75"/>
        <location filename="../desk_app/ui/screens/request.py" line="76"/>
        <location filename="../desk_app/ui/screens/request.py" line="77"/>
        <location filename="../desk_app/ui/screens/request.py" line="78"/>
        <location filename="../desk_app/ui/screens/request.py" line="79"/>
        <location filename="../desk_app/ui/screens/request.py" line="84"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="85"/>
        <location filename="../desk_app/ui/screens/request.py" line="107"/>
        <source>— anyone of the unit —</source>
        <translation>— أيّ موظف في الجهة —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="129"/>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="142"/>
        <source>The checklist appears once the request is opened.</source>
        <translation>تظهر قائمة التحقق بعد فتح الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="164"/>
        <source>Request %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="190"/>
        <source>This service needs no documents.</source>
        <translation>لا تتطلب هذه الخدمة مستندات.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="193"/>
        <source>Still missing: %1. Tell the beneficiary before they leave; the request stays incomplete until then.</source>
        <translation>المستندات الناقصة: %1. أبلغ المستفيد قبل مغادرته؛ يبقى الطلب غير مكتمل حتى تُستوفى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="196"/>
        <source>All required documents are verified.</source>
        <translation>اكتملت قائمة التحقق: جميع المستندات المطلوبة تم التحقق منها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="204"/>
        <source>The response deadline is counted once the request is complete.</source>
        <translation>تُحسب مدة الرد من اكتمال الطلب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="208"/>
        <source>Response due by: %1</source>
        <translation>الموعد النهائي للرد: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="219"/>
        <source>Choose a service to check eligibility.</source>
        <translation>اختر الخدمة للتحقق من الاستحقاق.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="230"/>
        <source>Eligible: every criterion of the service is met.</source>
        <translation>مستحق: جميع معايير الاستحقاق للخدمة مستوفاة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="233"/>
        <source>Not eligible. Tell the beneficiary why; they may withdraw or have the committee decide:</source>
        <translation>غير مستحق. أبلغ المستفيد بالأسباب؛ له أن يسحب الطلب أو يُحال إلى اللجنة لتقرر:</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="275"/>
        <source>Request %1 opened.</source>
        <translation>تم فتح الطلب %1.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="291"/>
        <source>Attach a scanned document</source>
        <translation>إرفاق صورة مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="292"/>
        <source>Images and PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.gif *.bmp);;All files (*)</source>
        <translation>الصور وملفات PDF (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.webp *.gif *.bmp);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="306"/>
        <source>Importing the scan…</source>
        <translation>جارٍ استيراد صورة المستند…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="316"/>
        <source>Scan attached.</source>
        <translation>تم إرفاق صورة المستند.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="328"/>
        <source>No scan attached to this document.</source>
        <translation>لا توجد صورة مرفقة لهذا المستند.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="379"/>
        <source>moved it to «%1»</source>
        <translation>نقله إلى «%1»</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="380"/>
        <source>changed its documents or details</source>
        <translation>غيّر مستنداته أو بياناته</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="382"/>
        <source>This request was changed at another desk (%1) since you opened it: %2. Nothing of yours was saved and what you typed is kept; look at the request as it is now, then do the step again if it is still right.</source>
        <translation>عُدِّل هذا الطلب في مكتب آخر (%1) بعد أن فتحته: %2. لم يُحفظ شيء مما أدخلته، وما كتبته باقٍ كما هو؛ راجع الطلب كما هو الآن، ثم أعد الخطوة إن كانت لا تزال صحيحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="385"/>
        <source>another desk</source>
        <translation>مكتب آخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request.py" line="395"/>
        <source>Some fields need correcting; see the messages beside them.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="58"/>
        <source>Add a file…</source>
        <translation>إضافة ملف…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="59"/>
        <source>Record the formal request</source>
        <translation>تسجيل الطلب الرسمي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="70"/>
        <source>Association</source>
        <translation>الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="71"/>
        <source>Service requested</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="72"/>
        <source>Expected beneficiaries</source>
        <translation>المستفيدون المتوقعون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="73"/>
        <source>Goals of the service</source>
        <translation>أهداف الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="74"/>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
</context>
<context>
    <name>RequestStudy</name>
    <message>
        <location filename="../desk_app/ui/screens/request_study.py" line="19"/>
        <source>No social study saved yet.</source>
        <translation>لم يُحفظ بحث اجتماعي بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_study.py" line="20"/>
        <source>Social study by %1, %2.</source>
        <translation>بحث اجتماعي أعدّه %1، %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_study.py" line="22"/>
        <source>Monthly income %1 SAR, expenses %2 SAR.</source>
        <translation>الدخل الشهري %1 ريال، والمصروفات %2 ريال.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_study.py" line="30"/>
        <source>Recommendation: %1</source>
        <translation>التوصية: %1</translation>
    </message>
</context>
<context>
    <name>RequestView</name>
    <message>
        <location filename="../desk_app/ui/screens/request_view.py" line="41"/>
        <source>Back  (Esc)</source>
        <translation>رجوع  (Esc)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_view.py" line="73"/>
        <source>Request and checklist</source>
        <translation>الطلب وقائمة التحقق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_view.py" line="74"/>
        <source>Decision and follow-up</source>
        <translation>القرار والمتابعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_view.py" line="75"/>
        <source>Aid given</source>
        <translation>المساعدات المصروفة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/request_view.py" line="76"/>
        <source>Audit trail</source>
        <translation>سجل التدقيق</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="27"/>
        <source>Request no.</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="27"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="27"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="28"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="28"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="28"/>
        <source>Due date</source>
        <translation>الموعد النهائي للرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="29"/>
        <source>Time left</source>
        <translation>المدة المتبقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="65"/>
        <source>Waiting for documents</source>
        <translation>بانتظار المستندات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="67"/>
        <source>Overdue by %1 days</source>
        <translation>متأخر — أيام التأخير: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="69"/>
        <source>Due today</source>
        <translation>ينتهي اليوم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="71"/>
        <source>%1 days left</source>
        <translation>الأيام المتبقية: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/requests_model.py" line="72"/>
        <source>%1 working days left</source>
        <translation>أيام العمل المتبقية: %1</translation>
    </message>
</context>
<context>
    <name>RetentionController</name>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="70"/>
        <source>not set (kept)</source>
        <translation>غير محددة (يُحفظ)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="71"/>
        <source>%1 months</source>
        <translation>%1 شهرًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="76"/>
        <source>Periods in the profile — finished files: %1; scans after the decision: %2.</source>
        <translation>المدد في ملف الجمعية — الملفات المنتهية: %1؛ المستندات الممسوحة بعد القرار: %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="80"/>
        <source>Due today: %1 files to anonymise, %2 scans to delete.</source>
        <translation>المستحق اليوم: %1 ملفًا للتجهيل، %2 مستندًا ممسوحًا للحذف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="84"/>
        <source>File %1</source>
        <translation>الملف %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="86"/>
        <source>Scan of request %1</source>
        <translation>مستند ممسوح للطلب %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="97"/>
        <source>Retention run</source>
        <translation>تطبيق مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="98"/>
        <source>Anonymise %1 files and delete %2 scans? This cannot be undone; the statistics are kept.</source>
        <translation>تجهيل %1 ملفًا وحذف %2 مستندًا ممسوحًا؟ لا يمكن التراجع عن ذلك، وتبقى الإحصاءات كما هي.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="108"/>
        <source>Done: %1 files anonymised, %2 scans deleted, %3 audit entries reduced to their skeleton.</source>
        <translation>تم: جُهّل %1 ملفًا، وحُذف %2 مستندًا ممسوحًا، واختُصر %3 من قيود سجل التدقيق إلى هيكلها.</translation>
    </message>
</context>
<context>
    <name>RetentionView</name>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="29"/>
        <source>Retention run</source>
        <translation>تطبيق مدد الحفظ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="36"/>
        <source>What</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="36"/>
        <source>Last activity</source>
        <translation>آخر نشاط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="37"/>
        <source>List what is due</source>
        <translation>عرض المستحق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/retention.py" line="38"/>
        <source>Anonymise and delete what is listed…</source>
        <translation>تجهيل وحذف ما في القائمة…</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="65"/>
        <source>Records whose data were last reviewed more than %1 months ago. Update them with the beneficiary so eligibility stays current.</source>
        <translation>سجلات مضى على آخر مراجعة لبياناتها أكثر من %1 شهرًا. حدّثها مع المستفيد ليبقى الاستحقاق قائمًا على بيانات حديثة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="104"/>
        <source>Due for review: %1</source>
        <translation>المستحقة للمراجعة: %1</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="28"/>
        <source>Data due for periodic review</source>
        <translation>البيانات المستحقة للمراجعة الدورية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="33"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="33"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="33"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="34"/>
        <source>Last reviewed</source>
        <translation>آخر مراجعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="34"/>
        <source>Due for review since</source>
        <translation>مستحقة للمراجعة منذ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="37"/>
        <source>Open the file to update it</source>
        <translation>فتح الملف لتحديثه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="38"/>
        <source>Data checked and still current</source>
        <translation>تمت المراجعة والبيانات ما زالت صحيحة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="39"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/review.py" line="40"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="98"/>
        <source>Could not connect to the office server. Check the address, the database, the user name and the password, that the server is on, and that it lets this PC in; the IT volunteer can help. Nothing was changed on this PC.</source>
        <translation>تعذّر الاتصال بخادم المكتب. تحقّق من العنوان وقاعدة البيانات واسم المستخدم وكلمة المرور، ومن أن الخادم يعمل ويسمح لهذا الجهاز بالاتصال؛ ويمكن لمتطوع تقنية المعلومات المساعدة. لم يتغيّر شيء على هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>ServerPanelView</name>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="32"/>
        <source>Several desks share one registry on the office server. Ask the IT volunteer for these details (see the README, &apos;One registry for the whole office&apos;).</source>
        <translation>تتشارك عدة مكاتب سجلاً واحداً على خادم المكتب. اطلب هذه البيانات من متطوع تقنية المعلومات، فهي عنده مع طريقة إعداد الخادم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="50"/>
        <source>Encrypted connection (TLS) required</source>
        <translation>اتصال مشفَّر (TLS) إلزامي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="59"/>
        <source>Connect</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="62"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="63"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="64"/>
        <source>Database</source>
        <translation>قاعدة البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="65"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/server_panel.py" line="66"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="59"/>
        <source>Beneficiary&apos;s signature</source>
        <translation>توقيع المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="61"/>
        <source>Sign inside the box with the pen, the mouse or a finger</source>
        <translation>وقّع داخل المربع بالقلم أو الفأرة أو بإصبعك</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="63"/>
        <source>The signature is printed on the declaration.</source>
        <translation>يُطبع التوقيع على الإقرار.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="65"/>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="68"/>
        <source>Accept</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/document_actions.py" line="69"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="31"/>
        <source>Administrator</source>
        <translation>مدير النظام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="32"/>
        <source>Reception</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="33"/>
        <source>Social researcher</source>
        <translation>الباحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="34"/>
        <source>Committee member</source>
        <translation>عضو لجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="35"/>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
</context>
<context>
    <name>StaffController</name>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="115"/>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="115"/>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="117"/>
        <source>locked after wrong passwords</source>
        <translation>مقفل بعد كلمات مرور خاطئة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="135"/>
        <source>The account was opened.</source>
        <translation>فُتح الحساب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="145"/>
        <source>The account was updated.</source>
        <translation>حُدّث الحساب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="153"/>
        <source>The account is unlocked.</source>
        <translation>فُتح الحساب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="161"/>
        <source>The new password is set.</source>
        <translation>عُيّنت كلمة المرور الجديدة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="175"/>
        <source>Some fields need correcting.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح.</translation>
    </message>
</context>
<context>
    <name>StaffView</name>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="43"/>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="47"/>
        <location filename="../desk_app/ui/screens/staff.py" line="76"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="47"/>
        <location filename="../desk_app/ui/screens/staff.py" line="77"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="47"/>
        <location filename="../desk_app/ui/screens/staff.py" line="78"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="47"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="48"/>
        <source>Close / reopen the selected account</source>
        <translation>إغلاق / إعادة فتح الحساب المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="51"/>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="53"/>
        <source>Set this password for the selected account</source>
        <translation>تعيين كلمة المرور هذه للحساب المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="54"/>
        <source>Unlock the selected account</source>
        <translation>فتح الحساب المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="72"/>
        <source>Open the account</source>
        <translation>فتح الحساب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="74"/>
        <source>New account</source>
        <translation>حساب جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/staff.py" line="79"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>StepsPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="224"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="224"/>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="224"/>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="224"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="225"/>
        <source>Outcome / note</source>
        <translation>النتيجة / الملاحظة</translation>
    </message>
</context>
<context>
    <name>Study</name>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="11"/>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="12"/>
        <source>Interview at the association</source>
        <translation>مقابلة في مقر الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="13"/>
        <source>Phone call</source>
        <translation>اتصال هاتفي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="19"/>
        <source>Owned</source>
        <translation>ملك</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="20"/>
        <source>Rented</source>
        <translation>إيجار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="21"/>
        <source>With relatives</source>
        <translation>مع الأقارب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="22"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="28"/>
        <source>Salary or wage</source>
        <translation>راتب أو أجر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="29"/>
        <source>Social security</source>
        <translation>الضمان الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="30"/>
        <source>Pension</source>
        <translation>معاش تقاعدي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="31"/>
        <source>Other income</source>
        <translation>دخل آخر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="37"/>
        <source>Rent</source>
        <translation>الإيجار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="38"/>
        <source>Electricity, water and services</source>
        <translation>الكهرباء والماء والخدمات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="39"/>
        <source>Instalments and debts</source>
        <translation>أقساط وديون</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_labels.py" line="40"/>
        <source>Other expenses</source>
        <translation>مصروفات أخرى</translation>
    </message>
</context>
<context>
    <name>StudyController</name>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="56"/>
        <location filename="../desk_app/ui/screens/study.py" line="57"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="104"/>
        <source>Social study — %1</source>
        <translation>البحث الاجتماعي — %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="108"/>
        <source>Saved by %1 on %2</source>
        <translation>حفظه %1 في %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="162"/>
        <source>Totals appear once every amount is a number.</source>
        <translation>تظهر المجاميع حين تكون كل المبالغ أرقامًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="166"/>
        <source>Monthly shortfall: %1 SAR</source>
        <translation>العجز الشهري: %1 ريال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="167"/>
        <source>Left after expenses: %1 SAR</source>
        <translation>المتبقي بعد المصروفات: %1 ريال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="168"/>
        <source>Income %1 SAR — expenses %2 SAR</source>
        <translation>الدخل %1 ريال — المصروفات %2 ريال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="203"/>
        <source>Study saved.</source>
        <translation>حُفظ البحث.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="213"/>
        <source>Some fields need correcting; see the messages beside them. Nothing was saved.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="222"/>
        <source>This study was saved at another desk (%1) since you opened it; they changed: %2. Nothing of yours was saved and what you typed is kept. Save again to replace their version with yours, or go back and open the study again to see theirs.</source>
        <translation>حُفظ هذا البحث من مكتب آخر (%1) بعد أن فتحته، وغُيّر فيه: %2. لم يُحفظ شيء مما أدخلته وما كتبته باقٍ. احفظ مرة أخرى ليحل ما كتبته محل نسختهم، أو ارجع وافتح البحث من جديد لترى نسختهم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study.py" line="225"/>
        <source>another desk</source>
        <translation>مكتب آخر</translation>
    </message>
</context>
<context>
    <name>StudyFormEditor</name>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="19"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="19"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="20"/>
        <source>Monthly income (SAR)</source>
        <translation>الدخل الشهري (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="21"/>
        <source>Monthly expenses (SAR)</source>
        <translation>المصروفات الشهرية (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="21"/>
        <source>Health</source>
        <translation>الحالة الصحية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="22"/>
        <source>Household members and their situation</source>
        <translation>أفراد الأسرة وأوضاعهم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="23"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="23"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="25"/>
        <source>The parts of the social researcher&apos;s study form and printed report. Left as they are, the application&apos;s default set applies.</source>
        <translation>أجزاء نموذج البحث الذي يعدّه الباحث الاجتماعي وتقريره المطبوع. إن تُركت كما هي طُبّقت المجموعة الافتراضية في التطبيق.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="29"/>
        <source>In the form</source>
        <translation>في النموذج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/profile_study.py" line="30"/>
        <location filename="../desk_app/ui/screens/profile_study.py" line="36"/>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
</context>
<context>
    <name>StudyPanel</name>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="90"/>
        <source>Criterion</source>
        <translation>المعيار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="91"/>
        <source>Score (1–5)</source>
        <translation>الدرجة (1–5)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="92"/>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="111"/>
        <source>Record the study</source>
        <translation>تسجيل الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/partner_panels.py" line="116"/>
        <source>The study&apos;s conclusion</source>
        <translation>خلاصة الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="164"/>
        <source>Study (internal referral)</source>
        <translation>الدراسة (إحالة داخلية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="169"/>
        <source>What the study found, and the recommendation</source>
        <translation>ما انتهت إليه الدراسة، والتوصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="170"/>
        <source>End the study</source>
        <translation>إنهاء الدراسة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="173"/>
        <source>Social study…</source>
        <translation>البحث الاجتماعي…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="177"/>
        <source>Waiting with</source>
        <translation>لدى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="178"/>
        <source>Social study</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="180"/>
        <source>Next</source>
        <translation>بعدها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="181"/>
        <source>Findings</source>
        <translation>نتيجة الدراسة</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="52"/>
        <source>Social study</source>
        <translation>البحث الاجتماعي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="58"/>
        <source>Back  (Esc)</source>
        <translation>رجوع  (Esc)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="72"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="72"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="72"/>
        <source>Situation</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="83"/>
        <source>Save the study  (Ctrl+S)</source>
        <translation>حفظ البحث  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="85"/>
        <source>Study report (PDF)</source>
        <translation>تقرير البحث (PDF)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="86"/>
        <source>Open the request</source>
        <translation>فتح الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="101"/>
        <source>Visit</source>
        <translation>الزيارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="101"/>
        <source>Housing</source>
        <translation>السكن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="102"/>
        <source>Monthly income (SAR)</source>
        <translation>الدخل الشهري (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="103"/>
        <source>Monthly expenses (SAR)</source>
        <translation>المصروفات الشهرية (ريال)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="103"/>
        <source>Health</source>
        <translation>الحالة الصحية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="104"/>
        <source>Household members and their situation</source>
        <translation>أفراد الأسرة وأوضاعهم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="105"/>
        <source>Needs</source>
        <translation>الاحتياجات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="105"/>
        <source>Recommendation</source>
        <translation>التوصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="107"/>
        <source>Date of the visit</source>
        <translation>تاريخ الزيارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="108"/>
        <source>Kind of visit</source>
        <translation>نوع الزيارة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="110"/>
        <source>Kind of housing</source>
        <translation>نوع السكن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/study_view.py" line="111"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
</context>
<context>
    <name>SubjectRequests</name>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="35"/>
        <source>Access to the data</source>
        <translation>الاطلاع على البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="36"/>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="37"/>
        <source>Destruction</source>
        <translation>إتلاف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="38"/>
        <source>Objection to processing</source>
        <translation>اعتراض على المعالجة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="42"/>
        <source>National ID card</source>
        <translation>بطاقة الهوية الوطنية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="43"/>
        <source>Iqama</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="43"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="44"/>
        <source>Family card</source>
        <translation>سجل الأسرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="48"/>
        <source>Granted</source>
        <translation>أُجيب الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="49"/>
        <source>Partly granted</source>
        <translation>أُجيب جزئيًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="50"/>
        <source>Refused (with the reason)</source>
        <translation>رُفض (مع ذكر السبب)</translation>
    </message>
</context>
<context>
    <name>SubjectRequestsController</name>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="164"/>
        <source>%1 open, %2 past the 30 days.</source>
        <translation>%1 مفتوح، %2 تجاوز الثلاثين يومًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="174"/>
        <source>Not checked</source>
        <translation>لم يُتحقق منها</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="185"/>
        <source>Answered: %1</source>
        <translation>مُنجز: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="187"/>
        <source>Overdue by %1 days</source>
        <translation>أيام التأخير: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="188"/>
        <source>%1 days left</source>
        <translation>الأيام المتبقية: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="204"/>
        <source> — file %1</source>
        <translation> — ملف %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="222"/>
        <source>Recorded as %1: the answer is due by %2.</source>
        <translation>سُجّل برقم %1: موعد الرد قبل %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="243"/>
        <source>The answer to %1 was recorded.</source>
        <translation>سُجّل الرد على %1.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="252"/>
        <source>Withdraw consent</source>
        <translation>سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="253"/>
        <source>Record that %1 withdraws consent to the processing of their data? Their open requests will be withdrawn.</source>
        <translation>هل تسجّل سحب %1 موافقته على معالجة بياناته؟ ستُسحب طلباته المفتوحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="262"/>
        <source>Consent withdrawal recorded. Requests withdrawn: %1. Still before the committee: %2.</source>
        <translation>سُجّل سحب الموافقة. الطلبات التي سُحبت: %1. ما زال أمام اللجنة: %2.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="264"/>
        <source>none</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="281"/>
        <source>%1 records exported (PDF code %2, Excel and JSON) to %3</source>
        <translation>صُدّرت %1 سجلات (رمز ملف PDF ‏%2، وملف Excel وملف JSON) إلى %3</translation>
    </message>
</context>
<context>
    <name>SubjectRequestsView</name>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="65"/>
        <source>Personal-data requests</source>
        <translation>طلبات البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="71"/>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="71"/>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="85"/>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="96"/>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="71"/>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="97"/>
        <source>Requester</source>
        <translation>مقدم الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="71"/>
        <source>Received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="72"/>
        <source>Answer due</source>
        <translation>موعد الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="72"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="72"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="84"/>
        <source>New request</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="88"/>
        <source>File number or ID number (if registered)</source>
        <translation>رقم الملف أو رقم الهوية (إن كان مسجلًا)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="93"/>
        <source>Record the request</source>
        <translation>تسجيل الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="98"/>
        <source>About</source>
        <translation>صاحب البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="99"/>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="100"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="105"/>
        <source>Selected request</source>
        <translation>الطلب المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="106"/>
        <source>Select a request in the list.</source>
        <translation>اختر طلبًا من القائمة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="108"/>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="123"/>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="109"/>
        <source>Identity checked</source>
        <translation>تم التحقق من الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="110"/>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="124"/>
        <source>Answer</source>
        <translation>الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="112"/>
        <source>What was done, or why not</source>
        <translation>ما الذي نُفّذ، أو سبب عدم التنفيذ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="115"/>
        <source>Record the answer</source>
        <translation>تسجيل الرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="116"/>
        <source>Export everything held about this person</source>
        <translation>تصدير كل ما تحفظه الجمعية عن صاحب الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="117"/>
        <source>Record the withdrawal of consent</source>
        <translation>تسجيل سحب الموافقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/subject_requests.py" line="125"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
</context>
<context>
    <name>SurveyEntryController</name>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="95"/>
        <source>Paper form</source>
        <translation>نموذج ورقي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="95"/>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="96"/>
        <source>At the desk</source>
        <translation>في مكتب الاستقبال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="97"/>
        <source>Supervisory visit</source>
        <translation>الزيارة الإشرافية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="100"/>
        <source>(as the campaign)</source>
        <translation>(حسب الحملة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="188"/>
        <source>No beneficiary has this file number.</source>
        <translation>لا يوجد مستفيد بهذا الرقم.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="200"/>
        <source>Some answers need correcting.</source>
        <translation>بعض الإجابات تحتاج إلى تصحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="208"/>
        <source>The answers were saved. You can type in the next form.</source>
        <translation>حُفظت الإجابات. يمكنك إدخال النموذج التالي.</translation>
    </message>
</context>
<context>
    <name>SurveyEntryView</name>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="38"/>
        <source>Type in survey answers</source>
        <translation>إدخال إجابات الاستبانة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="47"/>
        <source>Anonymous (no name on the answers)</source>
        <translation>دون ذكر الاسم (لا يظهر اسم على الإجابات)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="50"/>
        <source>File number, only if the respondent asked to give their name</source>
        <translation>رقم الملف، فقط إذا طلب المستفيد ذكر اسمه</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="54"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="56"/>
        <source>How answered</source>
        <translation>طريقة الإجابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="56"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="57"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="61"/>
        <source>Answered on</source>
        <translation>تاريخ الإجابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_entry.py" line="71"/>
        <source>Save the answers</source>
        <translation>حفظ الإجابات</translation>
    </message>
</context>
<context>
    <name>SurveyResultsController</name>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="145"/>
        <source>All campaigns</source>
        <translation>كل الحملات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="147"/>
        <source>All branches</source>
        <translation>كل الفروع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="172"/>
        <source>No responses yet.</source>
        <translation>لا توجد إجابات بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="184"/>
        <source>Overall satisfaction index: %1 of 100 — %2 responses</source>
        <translation>مؤشر الرضا العام: %1 من 100 — عدد الإجابات %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="188"/>
        <source>Index per question</source>
        <translation>المؤشر لكل سؤال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="191"/>
        <source>Overall index by month</source>
        <translation>المؤشر العام حسب الشهر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="193"/>
        <source>Yes: %1</source>
        <translation>نعم: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="213"/>
        <source>Export to Excel</source>
        <translation>تصدير إلى Excel</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="220"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="220"/>
        <location filename="../desk_app/ui/screens/survey_results.py" line="237"/>
        <source>Saved: %1</source>
        <translation>حُفظ: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="225"/>
        <location filename="../desk_app/ui/screens/survey_results.py" line="237"/>
        <source>PDF summary</source>
        <translation>ملخص PDF</translation>
    </message>
</context>
<context>
    <name>SurveyResultsView</name>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="44"/>
        <source>Satisfaction results</source>
        <translation>نتائج قياس الرضا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="47"/>
        <source>Beneficiary satisfaction</source>
        <translation>رضا المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="48"/>
        <source>Supervisory office visits</source>
        <translation>الزيارات الإشرافية على المكاتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="52"/>
        <source>All time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="52"/>
        <source>Last 3 months</source>
        <translation>آخر 3 أشهر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="53"/>
        <source>Last 12 months</source>
        <translation>آخر 12 شهرًا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="55"/>
        <source>Export to Excel…</source>
        <translation>تصدير إلى Excel…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="56"/>
        <source>PDF summary…</source>
        <translation>ملخص PDF…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="65"/>
        <source>Index = (mean − 1) ÷ 4 × 100. Groups with fewer than %1 responses are not shown apart, to protect anonymity. Results are for improvement, not for blame.</source>
        <translation>المؤشر = (المتوسط − 1) ÷ 4 × 100. لا تُعرض المجموعات التي تقل إجاباتها عن %1 منفصلةً حمايةً للخصوصية. النتائج أداة للتطوير لا للعقاب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="74"/>
        <location filename="../desk_app/ui/screens/survey_results.py" line="95"/>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="74"/>
        <source>Mean (1–5)</source>
        <translation>المتوسط (1–5)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="75"/>
        <source>Index</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="75"/>
        <source>Answered 4 or 5</source>
        <translation>أجاب 4 أو 5</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="82"/>
        <source>By service</source>
        <translation>حسب الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="82"/>
        <source>By channel</source>
        <translation>حسب قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="83"/>
        <source>By branch</source>
        <translation>حسب الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="85"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="85"/>
        <source>Overall index</source>
        <translation>المؤشر العام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="95"/>
        <source>Answers</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="99"/>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="100"/>
        <source>By group</source>
        <translation>حسب المجموعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="101"/>
        <source>Trend by month</source>
        <translation>الاتجاه الشهري</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="102"/>
        <source>Other answers</source>
        <translation>إجابات أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/survey_results.py" line="103"/>
        <source>Comments</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>Surveys</name>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="29"/>
        <source>Periodic questionnaire</source>
        <translation>استبانة دورية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="30"/>
        <source>End of programme</source>
        <translation>بعد نهاية البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="31"/>
        <source>Field survey</source>
        <translation>المسح الميداني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="32"/>
        <source>Supervisory visit</source>
        <translation>الزيارة الإشرافية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="33"/>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
</context>
<context>
    <name>SurveysController</name>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="112"/>
        <source>(all services)</source>
        <translation>(كل الخدمات)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="113"/>
        <source>(as the campaign)</source>
        <translation>(حسب الحملة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="142"/>
        <source>open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="142"/>
        <source>closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="191"/>
        <source>Recorded.</source>
        <translation>سُجّل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="203"/>
        <source>Choose an open campaign first.</source>
        <translation>اختر حملة مفتوحة أولًا.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="225"/>
        <source>The campaign was updated.</source>
        <translation>حُدّثت الحملة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="233"/>
        <source>The campaign is open.</source>
        <translation>فُتحت الحملة.</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="41"/>
        <source>Satisfaction surveys</source>
        <translation>استبانات قياس الرضا</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="45"/>
        <source>Campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="45"/>
        <location filename="../desk_app/ui/screens/surveys.py" line="72"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="45"/>
        <source>Questionnaire</source>
        <translation>الاستبانة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="45"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="46"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="46"/>
        <source>Responses</source>
        <translation>الإجابات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="49"/>
        <source>Hand the screen to the beneficiary (kiosk)</source>
        <translation>تسليم الشاشة للمستفيد (وضع الاستبانة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="51"/>
        <source>Type in paper answers</source>
        <translation>إدخال إجابات ورقية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="52"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="53"/>
        <source>Close / reopen the campaign</source>
        <translation>إغلاق / إعادة فتح الحملة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="54"/>
        <source>Answer the selected campaign</source>
        <translation>الإجابة عن الحملة المحددة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="56"/>
        <source>Channel</source>
        <translation>قناة التواصل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="58"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="69"/>
        <source>Open the campaign</source>
        <translation>فتح الحملة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="70"/>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="73"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="74"/>
        <source>Service surveyed</source>
        <translation>الخدمة المقيَّمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="76"/>
        <source>Due for the end-of-programme survey</source>
        <translation>المستحقون لاستبانة نهاية البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="77"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="77"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="78"/>
        <source>Programme</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="78"/>
        <source>Programme ended</source>
        <translation>انتهى البرنامج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="79"/>
        <source>Ask now (kiosk)</source>
        <translation>اسأله الآن (شاشة الاستبانة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/surveys.py" line="80"/>
        <source>Record that the beneficiary declined</source>
        <translation>تسجيل اعتذار المستفيد عن الإجابة</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="37"/>
        <source>This is not a synchronisation file from this application.</source>
        <translation>هذا الملف ليس ملف مزامنة من هذا البرنامج.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="39"/>
        <source>File refused: it was changed or damaged after it was made, or not sealed with this branch&apos;s key. Ask for a new copy.</source>
        <translation>رُفض الملف: تغيّر بعد إنشائه أو تلف، أو لم يُشفَّر بمفتاح هذا الفرع. اطلب نسخة جديدة منه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="41"/>
        <source>File refused: it comes from another association.</source>
        <translation>رُفض الملف: صادر من جمعية أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="42"/>
        <source>File refused: it comes from a branch this office has not enrolled.</source>
        <translation>رُفض الملف: صادر من فرع غير مسجّل لدى هذا المكتب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="44"/>
        <source>File refused: it is addressed to another office.</source>
        <translation>رُفض الملف: موجّه إلى مكتب آخر.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="45"/>
        <source>File refused: it was applied already; nothing changed.</source>
        <translation>رُفض الملف: طُبِّق من قبل، ولم يتغيّر شيء.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="46"/>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="47"/>
        <source>Synchronisation is not set up at this office yet.</source>
        <translation>المزامنة غير معدّة في هذا المكتب بعد.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="48"/>
        <source>The head office&apos;s server cannot be reached; nothing was lost, try again later.</source>
        <translation>تعذّر الوصول إلى خادم المقر الرئيسي؛ لم يُفقد شيء، أعد المحاولة لاحقاً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="50"/>
        <source>The database was busy; nothing was lost, try again.</source>
        <translation>كانت قاعدة البيانات مشغولة؛ لم يُفقد شيء، أعد المحاولة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="55"/>
        <source>Synchronisation failed (%1).</source>
        <translation>تعذّرت المزامنة (%1).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="60"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="60"/>
        <source>File written</source>
        <translation>ملف صادر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="61"/>
        <source>File read</source>
        <translation>ملف وارد</translation>
    </message>
</context>
<context>
    <name>SyncConflicts</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="38"/>
        <source>changed at the branch, deleted at the head office</source>
        <extracomment>Fields of a whole record shown as they are, without a label (a name says what it is).</extracomment>
        <translation>عُدّل في الفرع وحُذف في المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="39"/>
        <source>deleted at the branch, changed at the head office</source>
        <translation>حُذف في الفرع وعُدّل في المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="40"/>
        <source>a step the request&apos;s workflow refuses</source>
        <translation>خطوة يرفضها مسار الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="41"/>
        <source>could not be stored as it came</source>
        <translation>تعذّر حفظه كما ورد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="46"/>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="54"/>
        <source>Take the branch&apos;s value</source>
        <translation>اعتمد قيمة الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="47"/>
        <source>Keep the head office&apos;s value</source>
        <translation>أبقِ قيمة المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="48"/>
        <source>Restore the record with the branch&apos;s changes</source>
        <translation>استعد السجل بتعديلات الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="49"/>
        <source>Keep the deletion</source>
        <translation>أبقِ الحذف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="50"/>
        <source>Delete it, as the branch did</source>
        <translation>احذفه كما فعل الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="51"/>
        <source>Keep the record</source>
        <translation>أبقِ السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="52"/>
        <source>Take the branch&apos;s step</source>
        <translation>اعتمد خطوة الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="53"/>
        <source>Keep the refusal</source>
        <translation>أبقِ الرفض</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="55"/>
        <source>Keep the head office&apos;s record</source>
        <translation>أبقِ سجل المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="59"/>
        <source>Conflicts are decided at the head office.</source>
        <translation>يُبتّ في التعارضات في المقر الرئيسي.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="60"/>
        <source>Someone has resolved this conflict already.</source>
        <translation>بتّ أحدهم في هذا التعارض من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="62"/>
        <source>This record no longer exists here: the branch&apos;s values stay listed.</source>
        <translation>هذا السجل لم يعد موجوداً هنا: تبقى قيم الفرع مدرجة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="64"/>
        <source>The record cannot be restored: it is not known whole here, or its file is gone.</source>
        <translation>تعذّرت استعادة السجل: لا تُعرف بياناته كاملة هنا، أو حُذف الملف الذي يتبعه.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_conflicts.py" line="66"/>
        <source>The request&apos;s workflow does not allow the branch&apos;s step from its status now.</source>
        <translation>مسار الطلب لا يسمح بخطوة الفرع من حالته الآن.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="142"/>
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="147"/>
        <source>Head office (%1)</source>
        <translation>المقر الرئيسي (%1)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="147"/>
        <source>Branch %1</source>
        <translation>فرع %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="148"/>
        <source>%1 — not set up for synchronisation</source>
        <translation>%1 — لم تُعدّ المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="164"/>
        <source>Completed</source>
        <translation>اكتملت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="192"/>
        <source>Synchronised: %1 sent, %2 received, %3 new conflicts.</source>
        <translation>تمت المزامنة: أُرسل %1، واستُلم %2، وتعارضات جديدة %3.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="198"/>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="227"/>
        <source>Exchange file</source>
        <translation>ملف التبادل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="209"/>
        <source>Choose the branch the file is for.</source>
        <translation>اختر الفرع الذي يُكتب له الملف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="222"/>
        <source>Exchange file written: %1</source>
        <translation>كُتب ملف التبادل: %1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../desk_app/ui/sync_status.py" line="55"/>
        <source>never</source>
        <translation>لم تتم بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_status.py" line="56"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_status.py" line="58"/>
        <source>waiting: %1</source>
        <translation>تنتظر الإرسال: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/sync_status.py" line="59"/>
        <source>conflicts: %1</source>
        <translation>تعارضات: %1</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="79"/>
        <source>Synchronisation</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="86"/>
        <source>This office</source>
        <translation>هذا المكتب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="87"/>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="102"/>
        <source>Last synchronisation</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="88"/>
        <source>Changes waiting to be sent</source>
        <translation>تغييرات تنتظر الإرسال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="89"/>
        <source>Conflicts waiting for a decision</source>
        <translation>تعارضات تنتظر قراراً</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="90"/>
        <source>Sync now</source>
        <translation>زامن الآن</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="92"/>
        <source>Exchange changes with the head office&apos;s server</source>
        <translation>تبادل التغييرات مع خادم المقر الرئيسي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="93"/>
        <source>Write an exchange file…</source>
        <translation>اكتب ملف تبادل…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="94"/>
        <source>Read an exchange file…</source>
        <translation>اقرأ ملف تبادل…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="95"/>
        <source>Review conflicts</source>
        <translation>مراجعة التعارضات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="100"/>
        <source>Branches</source>
        <translation>الفروع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="102"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="103"/>
        <source>Changes waiting for it</source>
        <translation>تغييرات تنتظره</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="103"/>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="104"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="106"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="106"/>
        <source>With</source>
        <translation>مع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="106"/>
        <source>How</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="106"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="107"/>
        <source>Received</source>
        <translation>استُلم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="107"/>
        <source>Conflicts</source>
        <translation>تعارضات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/sync_screen.py" line="107"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
</context>
<context>
    <name>TrailTable</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="245"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="245"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="245"/>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="246"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../desk_app/ui/unlock.py" line="27"/>
        <source>The database on this PC is encrypted</source>
        <translation>قاعدة البيانات على هذا الجهاز مشفّرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/unlock.py" line="30"/>
        <source>Enter the installation passphrase that the administrator chose. Without it the database file, its scans and its backups cannot be read.</source>
        <translation>أدخل عبارة مرور التثبيت التي اختارها مدير النظام. بدونها لا يمكن قراءة ملف قاعدة البيانات ولا المستندات الممسوحة ولا النسخ الاحتياطية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/unlock.py" line="36"/>
        <location filename="../desk_app/ui/unlock.py" line="50"/>
        <source>Installation passphrase</source>
        <translation>عبارة مرور التثبيت</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/unlock.py" line="37"/>
        <source>Remember the key on this PC (in the system&apos;s key store)</source>
        <translation>تذكّر المفتاح على هذا الجهاز (في مخزن مفاتيح النظام)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/unlock.py" line="44"/>
        <source>Open the database  (Enter)</source>
        <translation>فتح قاعدة البيانات  (Enter)</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../desk_app/ui/unsaved.py" line="43"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/unsaved.py" line="44"/>
        <source>What you typed has not been saved. Save it before leaving?</source>
        <translation>ما كتبته لم يُحفظ بعد. هل تحفظه قبل المغادرة؟</translation>
    </message>
</context>
<context>
    <name>VerifyController</name>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="148"/>
        <source>The file cannot be read: %1</source>
        <translation>تعذرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="161"/>
        <source>Code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="166"/>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="167"/>
        <source>Archive number</source>
        <translation>رقم الأرشيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="168"/>
        <source>Request / letter number</source>
        <translation>رقم الطلب / الخطاب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="169"/>
        <source>Issued to</source>
        <translation>صدر باسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="170"/>
        <source>Issued on</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="171"/>
        <source>Issued by</source>
        <translation>أصدره</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="172"/>
        <source>Pages</source>
        <translation>عدد الصفحات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="173"/>
        <source>Reprints</source>
        <translation>مرات إعادة الطباعة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="182"/>
        <source>Check a PDF file</source>
        <translation>فحص ملف PDF</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="183"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>VerifyView</name>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="34"/>
        <source>Verify a document</source>
        <translation>التحقق من مستند</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="36"/>
        <source>Type the verification code printed at the foot of the page, or scan its QR code with the barcode reader.</source>
        <translation>اكتب رمز التحقق المطبوع أسفل الصفحة، أو امسح رمز QR بقارئ الباركود.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="42"/>
        <source>Verification code, e.g. 7Q4K9-XZ2AB</source>
        <translation>رمز التحقق، مثل 7Q4K9-XZ2AB</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="44"/>
        <source>Verify  (Enter)</source>
        <translation>تحقق  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="46"/>
        <source>Check a PDF file…</source>
        <translation>فحص ملف PDF…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/verify.py" line="53"/>
        <source>Show the issued document</source>
        <translation>عرض المستند الصادر</translation>
    </message>
</context>
<context>
    <name>WaitingController</name>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="133"/>
        <location filename="../desk_app/ui/screens/waiting.py" line="150"/>
        <source>— all —</source>
        <translation>— الكل —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="181"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="191"/>
        <source>Requests waiting: %1 — overdue: %2</source>
        <translation>الطلبات المنتظرة: %1 — المتأخرة: %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="193"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="204"/>
        <source>The list could not be loaded.</source>
        <translation>تعذر تحميل القائمة.</translation>
    </message>
</context>
<context>
    <name>WaitingView</name>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="39"/>
        <source>Waiting requests</source>
        <translation>الطلبات المنتظرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="45"/>
        <location filename="../desk_app/ui/screens/waiting.py" line="75"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="46"/>
        <location filename="../desk_app/ui/screens/waiting.py" line="76"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="47"/>
        <location filename="../desk_app/ui/screens/waiting.py" line="77"/>
        <source>Branch</source>
        <translation>الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="48"/>
        <location filename="../desk_app/ui/screens/waiting.py" line="78"/>
        <source>Assigned to</source>
        <translation>المكلّف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="50"/>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="51"/>
        <source>My work</source>
        <translation>أعمالي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="52"/>
        <source>Refresh  (F5)</source>
        <translation>تحديث  (F5)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="64"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="66"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="67"/>
        <source>Open  (Enter)</source>
        <translation>فتح  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/waiting.py" line="68"/>
        <source>Social study  (F4)</source>
        <translation>البحث الاجتماعي  (F4)</translation>
    </message>
</context>
<context>
    <name>WorkflowPanel</name>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="129"/>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="130"/>
        <source>Send to the committee</source>
        <translation>إحالة إلى اللجنة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="133"/>
        <source>Note or reason (required to withdraw)</source>
        <translation>ملاحظة أو سبب (مطلوب عند سحب الطلب)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="134"/>
        <source>Withdraw the request</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="135"/>
        <source>Close the request</source>
        <translation>إغلاق الطلب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="141"/>
        <source>Refer</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="152"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="153"/>
        <source>Refer to</source>
        <translation>الإحالة إلى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="154"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="155"/>
        <source>Researcher</source>
        <translation>الباحث</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/widgets/request_panels.py" line="156"/>
        <source>Reason for referral</source>
        <translation>سبب الإحالة</translation>
    </message>
</context>
</TS>
