# ruff: noqa: E501 - one entry per line, as in the other tables
"""Kazakh and Russian for state-service cases (src/biliktilik/cases/ and their vocabulary);
merged into scripts/translate.py's table."""

CASES: dict[str, dict[str, str | list[str]]] = {
    # --- vocabulary: channels, statuses, endings, audit ---
    "through a foreign mission of Kazakhstan": {"kk": "Қазақстанның шетелдегі мекемесі арқылы", "ru": "через загранучреждение Казахстана"},
    "at the service provider": {"kk": "көрсетілетін қызметті берушіде", "ru": "у услугодателя"},
    "refused": {"kk": "бас тартылды", "ru": "отказано"},
    "completed": {"kk": "аяқталды", "ru": "завершено"},
    "the result issued": {"kk": "нәтиже берілді", "ru": "результат выдан"},
    "refused to accept: documents incomplete or expired": {"kk": "қабылдаудан бас тартылды: құжаттар толық емес немесе мерзімі өткен", "ru": "отказ в приёме: документы неполные или просроченные"},
    "motivated refusal": {"kk": "дәлелді бас тарту", "ru": "мотивированный отказ"},
    "case registered": {"kk": "іс тіркелді", "ru": "дело зарегистрировано"},
    "case step completed": {"kk": "іс қадамы орындалды", "ru": "шаг дела выполнен"},
    "case step returned to the previous one": {"kk": "іс қадамы алдыңғы қадамға қайтарылды", "ru": "шаг дела возвращён на предыдущий"},
    "case refused": {"kk": "іс бойынша бас тартылды", "ru": "по делу отказано"},
    "state-service case": {"kk": "мемлекеттік қызмет көрсету ісі", "ru": "дело по государственной услуге"},
    # --- errors ---
    "Your role does not allow this on this case.": {"kk": "Сіздің рөліңіз бұл іс бойынша бұған рұқсат бермейді.", "ru": "Ваша роль не позволяет этого по данному делу."},
    "There is no case with this id that you may see.": {"kk": "Сіз көре алатын мұндай идентификаторы бар іс жоқ.", "ru": "Нет дела с таким идентификатором, которое вам доступно."},
    "The case has no step with this number.": {"kk": "Істе мұндай нөмірлі қадам жоқ.", "ru": "В деле нет шага с таким номером."},
    "No regulation in our sources has a procedure “%(procedure)s”.": {"kk": "Біздің дереккөздердегі бірде-бір регламентте «%(procedure)s» рәсімі жоқ.", "ru": "Ни в одном регламенте из наших источников нет процедуры «%(procedure)s»."},
    "The procedure “%(procedure)s” was not in force on %(on)s: its regulation was in force %(periods)s.": {"kk": "«%(procedure)s» рәсімі %(on)s күні қолданыста болмады: оның регламенті %(periods)s қолданыста болды.", "ru": "Процедура «%(procedure)s» не действовала %(on)s: её регламент действовал %(periods)s."},
    "The case is already closed: its steps can no longer change.": {"kk": "Іс жабылған: оның қадамдары енді өзгермейді.", "ru": "Дело уже закрыто: его шаги больше не меняются."},
    "Step %(number)s is not the case's current step (the current one is %(current)s): no step is skipped.": {"kk": "%(number)s-қадам істің ағымдағы қадамы емес (ағымдағысы — %(current)s): бірде-бір қадам өткізіп жіберілмейді.", "ru": "Шаг %(number)s не является текущим шагом дела (текущий — %(current)s): ни один шаг не пропускается."},
    "The first step has no step before it to return the case to.": {"kk": "Бірінші қадамның алдында істі қайтаратын қадам жоқ.", "ru": "Перед первым шагом нет шага, на который можно вернуть дело."},
    "Documents can be refused as incomplete or expired only at intake, before the first step is done.": {"kk": "Құжаттарды толық емес немесе мерзімі өткен деп қабылдаудан бас тарту тек қабылдау кезінде, бірінші қадам орындалғанға дейін мүмкін.", "ru": "Отказать в приёме неполных или просроченных документов можно только при приёме, до выполнения первого шага."},
    "A motivated refusal comes after the commission's evaluation; the commission has not finished it.": {"kk": "Дәлелді бас тарту Комиссияның бағалауынан кейін беріледі; Комиссия бағалауды аяқтаған жоқ.", "ru": "Мотивированный отказ даётся после оценки Комиссии; Комиссия её ещё не завершила."},
    "The date is in the future.": {"kk": "Күн болашақта.", "ru": "Дата в будущем."},
    "The date is before %(day)s, the day the case's previous step was done.": {"kk": "Күн істің алдыңғы қадамы орындалған %(day)s күнінен бұрын.", "ru": "Дата раньше %(day)s — дня, когда был выполнен предыдущий шаг дела."},
    "This field of the applicant is required.": {"kk": "Өтініш берушінің бұл өрісін толтыру міндетті.", "ru": "Это поле заявителя обязательно."},
    "Only the intake officer of this organization registers its cases.": {"kk": "Бұл ұйымның істерін тек оның құжаттарды қабылдауға жауапты қызметкері тіркейді.", "ru": "Дела этой организации регистрирует только её работник, ответственный за приём документов."},
    "This step is done by its actor's role in the case's organization.": {"kk": "Бұл қадамды іс ұйымындағы қадам орындаушысының рөлі орындайды.", "ru": "Этот шаг выполняет роль его исполнителя в организации дела."},
    "Say why the step is returned.": {"kk": "Қадамның неге қайтарылатынын жазыңыз.", "ru": "Укажите, почему шаг возвращается."},
    "This refusal is made by its actor's role in the case's organization.": {"kk": "Бұл бас тартуды іс ұйымындағы тиісті рөл жасайды.", "ru": "Этот отказ оформляет соответствующая роль в организации дела."},
    "Give the reason for the refusal.": {"kk": "Бас тарту себебін көрсетіңіз.", "ru": "Укажите причину отказа."},
    "There is no organization with this id.": {"kk": "Мұндай идентификаторы бар ұйым жоқ.", "ru": "Нет организации с таким идентификатором."},
    "Name the organization that provides the service: your account has none.": {"kk": "Қызметті көрсететін ұйымды көрсетіңіз: сіздің тіркелгіңізде ұйым жоқ.", "ru": "Укажите организацию, оказывающую услугу: в вашей учётной записи её нет."},
    # --- the commission's recommendation, certificates (vocabulary) ---
    "issue the certificate": {"kk": "анықтама беру", "ru": "выдать справку"},
    "refuse, with the grounds": {"kk": "негіздемесін көрсетіп, бас тарту", "ru": "отказать с обоснованием"},
    "certificate": {"kk": "анықтама", "ru": "справка"},
    "duplicate of the certificate": {"kk": "анықтаманың телнұсқасы", "ru": "дубликат справки"},
    "re-issued certificate": {"kk": "қайта ресімделген анықтама", "ru": "переоформленная справка"},
}
