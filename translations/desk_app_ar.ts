<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Beneficiary</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="11"/>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="12"/>
        <source>Father&apos;s name</source>
        <translation>اسم الأب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="13"/>
        <source>Grandfather&apos;s name</source>
        <translation>اسم الجد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="14"/>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="15"/>
        <source>Identity document</source>
        <translation>وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="16"/>
        <source>Document number</source>
        <translation>رقم الوثيقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="17"/>
        <source>Issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="18"/>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="19"/>
        <source>Gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="20"/>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="21"/>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="22"/>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="23"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="24"/>
        <source>Building no.</source>
        <translation>رقم المبنى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="25"/>
        <source>Street</source>
        <translation>الشارع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="26"/>
        <source>District</source>
        <translation>الحي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="27"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="28"/>
        <source>Postal code</source>
        <translation>الرمز البريدي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="29"/>
        <source>Additional no.</source>
        <translation>الرقم الإضافي</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="30"/>
        <source>Short address</source>
        <translation>العنوان المختصر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="31"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="32"/>
        <source>Beneficiary type</source>
        <translation>نوع المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="33"/>
        <source>Preferred contact channel</source>
        <translation>قناة التواصل المفضلة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="34"/>
        <source>Qualification</source>
        <translation>المؤهل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="35"/>
        <source>Employment status</source>
        <translation>الحالة الوظيفية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="36"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="37"/>
        <source>File number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="38"/>
        <source>Data reviewed on</source>
        <translation>تاريخ مراجعة البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="39"/>
        <source>Household members</source>
        <translation>أفراد الأسرة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="45"/>
        <source>National ID</source>
        <translation>الهوية الوطنية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="46"/>
        <source>Iqama (residence permit)</source>
        <translation>الإقامة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="47"/>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="48"/>
        <source>GCC ID</source>
        <translation>هوية خليجية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="49"/>
        <source>Other document</source>
        <translation>وثيقة أخرى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="54"/>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="54"/>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="58"/>
        <source>Direct beneficiary</source>
        <translation>مستفيد مباشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="59"/>
        <source>Indirect beneficiary</source>
        <translation>مستفيد غير مباشر</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="64"/>
        <source>same identity document</source>
        <translation>نفس وثيقة الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="65"/>
        <source>same name and date of birth</source>
        <translation>نفس الاسم وتاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="66"/>
        <source>same name and mobile</source>
        <translation>نفس الاسم ورقم الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary_labels.py" line="67"/>
        <source>similar name, same date of birth and mobile</source>
        <translation>اسم مشابه مع نفس تاريخ الميلاد ورقم الجوال</translation>
    </message>
</context>
<context>
    <name>BeneficiaryController</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="229"/>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="318"/>
        <source>New beneficiary</source>
        <translation>مستفيد جديد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="328"/>
        <source>Beneficiary</source>
        <translation>المستفيد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="334"/>
        <source>Beneficiary file %1</source>
        <translation>ملف المستفيد %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="390"/>
        <source>Some fields need correcting; see the messages beside them.</source>
        <translation>بعض الحقول تحتاج إلى تصحيح؛ انظر الرسائل بجانبها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="432"/>
        <source>Saved. File number: %1</source>
        <translation>تم الحفظ. رقم الملف: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="451"/>
        <source>The same identity document cannot be registered twice.</source>
        <translation>لا يمكن تسجيل وثيقة الهوية نفسها مرتين.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryView</name>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="88"/>
        <source>Likely already registered — check before creating a new file:</source>
        <translation>يُحتمل أنه مسجل من قبل — تحقق قبل فتح ملف جديد:</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="92"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="92"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="92"/>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="131"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="92"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="95"/>
        <source>Open the existing record</source>
        <translation>فتح الملف الموجود</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="96"/>
        <source>Not the same person — register anyway</source>
        <translation>ليس الشخص نفسه — سجّله على أي حال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="115"/>
        <source>Name (four parts)</source>
        <translation>الاسم (رباعي)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="117"/>
        <source>Identity</source>
        <translation>الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="118"/>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="120"/>
        <source>National address</source>
        <translation>العنوان الوطني</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="123"/>
        <source>Classification</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="130"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="130"/>
        <source>Relation</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="130"/>
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>تاريخ الميلاد (يوم/شهر/سنة)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="134"/>
        <source>Add member</source>
        <translation>إضافة فرد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="135"/>
        <source>Remove selected member</source>
        <translation>حذف الفرد المحدد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="169"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="169"/>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="169"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="169"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="169"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="173"/>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="174"/>
        <source>Change history</source>
        <translation>سجل التعديلات</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="176"/>
        <source>Save  (Ctrl+S)</source>
        <translation>حفظ  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/beneficiary.py" line="178"/>
        <source>Back to search  (Esc)</source>
        <translation>رجوع إلى البحث  (Esc)</translation>
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
</context>
<context>
    <name>FirstRunController</name>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="101"/>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>FirstRunView</name>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="29"/>
        <source>Set up Beneficiary Desk</source>
        <translation>إعداد مكتب المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="32"/>
        <source>Choose your association&apos;s profile (it can be edited later), this office&apos;s branch code, and the administrator account.</source>
        <translation>اختر ملف تعريف الجمعية (يمكن تعديله لاحقاً)، ورمز الفرع لهذا المكتب، وحساب مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="39"/>
        <source>Blank profile (another association)</source>
        <translation>ملف تعريف فارغ (جمعية أخرى)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="60"/>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="66"/>
        <source>Organisation profile</source>
        <translation>ملف تعريف الجمعية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="67"/>
        <source>Branch code</source>
        <translation>رمز الفرع</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="68"/>
        <source>Administrator&apos;s full name</source>
        <translation>الاسم الكامل لمدير النظام</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="69"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="70"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/first_run.py" line="71"/>
        <source>Password again</source>
        <translation>تأكيد كلمة المرور</translation>
    </message>
</context>
<context>
    <name>LoginController</name>
    <message>
        <location filename="../desk_app/ui/login.py" line="77"/>
        <source>Enter your user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="84"/>
        <source>The user name or password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
</context>
<context>
    <name>LoginView</name>
    <message>
        <location filename="../desk_app/ui/login.py" line="28"/>
        <source>Beneficiary Desk — sign in</source>
        <translation>مكتب المستفيدين — تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="38"/>
        <source>Sign in  (Enter)</source>
        <translation>دخول  (Enter)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="45"/>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/login.py" line="46"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="100"/>
        <location filename="../desk_app/ui/main_window.py" line="136"/>
        <location filename="../desk_app/ui/main_window.py" line="154"/>
        <source>Beneficiary Desk</source>
        <translation>مكتب المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="111"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/main_window.py" line="151"/>
        <source>%1 — branch %2</source>
        <translation>%1 — فرع %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../desk_app/ui/messages.py" line="17"/>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="18"/>
        <source>Choose one of the listed values.</source>
        <translation>اختر إحدى القيم المعروضة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="19"/>
        <source>A name cannot contain digits.</source>
        <translation>لا يمكن أن يحتوي الاسم على أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="20"/>
        <source>The ID number must be exactly 10 digits.</source>
        <translation>رقم الهوية يجب أن يتكون من 10 أرقام بالضبط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="21"/>
        <source>This ID number is not valid (check digit). Check it digit by digit.</source>
        <translation>رقم الهوية غير صحيح (رقم التحقق). راجعه رقماً رقماً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="22"/>
        <source>A national ID starts with 1; numbers starting with 2 are iqamas.</source>
        <translation>رقم الهوية الوطنية يبدأ بـ 1؛ الأرقام التي تبدأ بـ 2 أرقام إقامة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="23"/>
        <source>An iqama number starts with 2; numbers starting with 1 are national IDs.</source>
        <translation>رقم الإقامة يبدأ بـ 2؛ الأرقام التي تبدأ بـ 1 أرقام هوية وطنية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="24"/>
        <source>A beneficiary with this identity document is already registered.</source>
        <translation>يوجد مستفيد مسجل بوثيقة الهوية نفسها.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="25"/>
        <source>Document number: 4 to 20 Latin letters or digits.</source>
        <translation>رقم الوثيقة: من 4 إلى 20 حرفاً لاتينياً أو رقماً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="26"/>
        <source>A GCC ID must be issued by a GCC country.</source>
        <translation>الهوية الخليجية يجب أن تصدر من إحدى دول مجلس التعاون.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="27"/>
        <source>Not a valid date. Write day/month/year, e.g. 18/05/1990.</source>
        <translation>تاريخ غير صحيح. اكتبه يوم/شهر/سنة، مثل 18/05/1990.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="28"/>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="29"/>
        <source>The date is too far in the past.</source>
        <translation>التاريخ قديم جداً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="30"/>
        <source>Not a mobile number. Saudi: 05XXXXXXXX; other countries: start with + or 00.</source>
        <translation>ليس رقم جوال صحيحاً. السعودي: 05XXXXXXXX؛ ولغير السعودي ابدأ بـ + أو 00.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="31"/>
        <source>This is a landline number; a mobile number is needed.</source>
        <translation>هذا رقم هاتف ثابت؛ المطلوب رقم جوال.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="32"/>
        <source>Not a valid e-mail address.</source>
        <translation>عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="33"/>
        <source>The format is not valid.</source>
        <translation>الصيغة غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="34"/>
        <source>Building number: 4 digits.</source>
        <translation>رقم المبنى: 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="35"/>
        <source>Additional number: 4 digits.</source>
        <translation>الرقم الإضافي: 4 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="36"/>
        <source>Postal code: 5 digits.</source>
        <translation>الرمز البريدي: 5 أرقام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="37"/>
        <source>Short address: 4 letters and 4 digits, e.g. RRRD2929.</source>
        <translation>العنوان المختصر: 4 أحرف و4 أرقام، مثل RRRD2929.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="38"/>
        <source>Household member {row}: the name is required.</source>
        <translation>فرد الأسرة {row}: الاسم مطلوب.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="39"/>
        <source>Household member {row}: the relation is required.</source>
        <translation>فرد الأسرة {row}: صلة القرابة مطلوبة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="40"/>
        <source>Household member {row}: the birth date is not valid.</source>
        <translation>فرد الأسرة {row}: تاريخ الميلاد غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="41"/>
        <source>Household member {row}: the ID number is not valid.</source>
        <translation>فرد الأسرة {row}: رقم الهوية غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="42"/>
        <location filename="../desk_app/ui/messages.py" line="65"/>
        <source>Someone else saved this record meanwhile. Reopen it and apply your change again.</source>
        <translation>حفظ مستخدم آخر هذا السجل في الأثناء. أعد فتحه وطبّق تعديلك مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="43"/>
        <source>User name: Latin letters and digits only.</source>
        <translation>اسم المستخدم: أحرف لاتينية وأرقام فقط.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="44"/>
        <source>This user name is taken.</source>
        <translation>اسم المستخدم مستخدم من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="45"/>
        <source>The password must have at least {min} characters.</source>
        <translation>كلمة المرور يجب ألا تقل عن {min} أحرف.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="46"/>
        <source>Branch code: 2 to 5 Latin capital letters, e.g. RYD.</source>
        <translation>رمز الفرع: من 2 إلى 5 أحرف لاتينية كبيرة، مثل RYD.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="47"/>
        <source>This database is already set up.</source>
        <translation>قاعدة البيانات هذه مُعدّة من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="52"/>
        <source>Not valid.</source>
        <translation>غير صحيح.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="61"/>
        <source>The database is busy (another desk is saving). Nothing was lost: try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة (مكتب آخر يحفظ). لم يُفقد شيء: حاول مرة أخرى بعد لحظة.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="62"/>
        <source>The database cannot be written (read-only file or folder). Nothing was saved; ask the administrator.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات (ملف أو مجلد للقراءة فقط). لم يُحفظ شيء؛ راجع مدير النظام.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="63"/>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>القرص ممتلئ. لم يُحفظ شيء؛ أفرغ بعض المساحة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="64"/>
        <source>The database file is damaged. Restore the latest backup.</source>
        <translation>ملف قاعدة البيانات تالف. استعد آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="66"/>
        <source>This record already exists.</source>
        <translation>هذا السجل موجود من قبل.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/messages.py" line="67"/>
        <source>The database cannot be opened. Check the file location or the network drive.</source>
        <translation>تعذّر فتح قاعدة البيانات. تحقق من موقع الملف أو محرك الشبكة.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="32"/>
        <source>Beneficiary registry</source>
        <translation>سجل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/navigation.py" line="34"/>
        <source>Beneficiary file</source>
        <translation>ملف المستفيد</translation>
    </message>
</context>
<context>
    <name>RegistryController</name>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="146"/>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="156"/>
        <source>Most recently registered beneficiaries.</source>
        <translation>آخر المستفيدين تسجيلاً.</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="159"/>
        <source> (more on the next page)</source>
        <translation> (المزيد في الصفحة التالية)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="160"/>
        <source>Results: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="163"/>
        <source>No beneficiary found. Check the spelling, or register a new one (Ctrl+N).</source>
        <translation>لم يُعثر على مستفيد. تحقق من الكتابة، أو سجّل مستفيداً جديداً (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="171"/>
        <source>The search failed: %1</source>
        <translation>تعذّر البحث: %1</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="178"/>
        <source>Page %1</source>
        <translation>صفحة %1</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="20"/>
        <source>File no.</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="20"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="20"/>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>Mobile</source>
        <translation>الجوال</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>Birth date</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/models/registry_model.py" line="21"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="33"/>
        <source>Beneficiary registry</source>
        <translation>سجل المستفيدين</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="38"/>
        <source>Search by name, ID / iqama number, mobile or file number  (Ctrl+F)</source>
        <translation>ابحث بالاسم أو رقم الهوية/الإقامة أو الجوال أو رقم الملف  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="40"/>
        <source>New beneficiary  (Ctrl+N)</source>
        <translation>مستفيد جديد  (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="51"/>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="52"/>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <location filename="../desk_app/ui/screens/registry.py" line="54"/>
        <source>Open  (Enter)</source>
        <translation>فتح  (Enter)</translation>
    </message>
</context>
</TS>
