"""The status words (Paid, Overdue, Versandt...) and the tone of the badge each is drawn as."""

from __future__ import annotations

import unicodedata

ENGLISH_STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys(
        ("active", "paid", "completed", "complete", "done", "success", "approved", "delivered", "online",
         "published", "enabled", "healthy", "passed", "resolved", "in stock", "verified", "shipped", "on track",
         "ahead", "ahead of schedule", "on time", "on schedule",
         "cleared", "reconciled", "settled", "confirmed", "accepted", "live", "running", "won", "operational",
         "available", "ready", "renewed", "merged", "signed", "fulfilled", "succeeded", "ok", "hired",
         # clinical: a patient's condition, a dose given, a result in range
         "stable", "improving", "recovered", "in range", "within range", "given", "administered",
         "dose given",
         # banking and payments: a transaction booked to the account, money moved
         "posted", "booked", "captured", "credited", "deposited", "received", "transferred", "executed",
         "filled", "paid out", "funded",
         # logistics: an order picked, packed and sent on its way
         "dispatched", "picked", "packed",
         # operations: an incident dealt with
         "mitigated", "all clear"),
        "success",
    ),
    **dict.fromkeys(
        ("pending", "processing", "in progress", "review", "in review", "waiting", "scheduled", "away",
         "low stock", "on hold", "warning", "degraded", "at risk", "queued",
         "unpaid", "partially paid", "awaiting", "needs review", "unverified", "building", "deploying", "due",
         "due soon", "expiring", "expiring soon", "incomplete", "pending approval", "pending payment",
         "pending review", "awaiting payment", "awaiting approval", "awaiting review", "disputed",
         "partially shipped", "backordered", "back ordered", "on leave", "limited", "under review",
         "not paid", "changes requested", "delayed", "behind", "behind schedule", "slipping", "postponed",
         "stalled",
         # clinical: watched, held back, isolated, results awaited, a dose due
         "watch", "monitoring", "observation", "under observation", "guarded", "isolation",
         "in isolation", "isolated", "held", "dose held", "due now", "pending labs",
         "pending results", "awaiting results", "abnormal", "borderline", "elevated", "fall risk", "npo",
         # banking and payments: held, not yet settled, contested
         "authorized", "authorised", "pre authorized", "pre authorised", "authorization", "hold", "on hold",
         "uncleared", "not cleared", "unsettled", "pending settlement", "in dispute", "under dispute",
         "partially filled", "in flight", "initiated",
         # logistics: held at a border, waiting for the carrier, picked short of the order
         "customs hold", "held at customs", "held in customs", "awaiting pickup", "awaiting collection",
         "short", "short pick", "short picked", "short shipped",
         # marketplaces: an order still to send, or sent in part (Shopify's Unfulfilled and
         # Partially fulfilled, Amazon's Unshipped, BigCommerce's Awaiting Fulfillment)
         "unfulfilled", "partially fulfilled", "not fulfilled", "unshipped", "not shipped",
         "awaiting fulfillment", "awaiting fulfilment", "awaiting shipment", "partially delivered",
         # operations: an alert someone has taken, an incident being worked on (PagerDuty, Statuspage)
         "acknowledged", "acked", "investigating", "identified", "mitigating", "pending alert"),
        "warning",
    ),
    **dict.fromkeys(
        ("failed", "error", "cancelled", "canceled", "declined", "rejected", "overdue", "blocked",
         "offline", "busy", "out of stock", "expired", "critical", "down", "disabled", "lost",
         "outage", "terminated", "past due", "late", "delinquent", "uncollectible", "chargeback",
         "banned", "sold out", "churned", "payment failed", "failing", "denied", "revoked",
         "breached", "flagged", "off track",
         # clinical: a patient at risk, a dose missed or refused, a critical result
         "unstable", "deteriorating", "serious", "critical result", "missed", "missed dose", "not given",
         "refused", "code blue", "rapid response",
         # banking and payments
         "charged back", "bounced", "returned unpaid", "insufficient funds", "nsf", "suspected fraud",
         "fraud", "frozen",
         # logistics: a parcel the carrier could not deliver, or that arrived broken
         "exception", "delivery exception", "damaged", "failed delivery", "failed delivery attempt",
         "delivery failed", "failed attempt", "undeliverable",
         # operations: an alert going off (Grafana, Alertmanager, PagerDuty)
         "firing", "alerting", "triggered", "major outage", "partial outage"),
        "danger",
    ),
    **dict.fromkeys(
        ("new", "open", "info", "beta", "invited", "upcoming", "sent", "in transit", "out for delivery",
         "planned", "preorder", "pre order", "renewing", "submitted", "assigned", "triage", "trial", "trialing",
         "in trial", "free trial", "onboarding", "offer sent", "interviewing", "screening", "applied",
         # clinical: a stay's next step
         "admitted", "new admission", "discharge today", "discharge planned", "discharge pending",
         "transferring", "in surgery", "post op", "pre op"),
        "info",
    ),
    **dict.fromkeys(
        ("inactive", "closed", "archived", "paused", "suspended", "unknown", "stopped", "to do", "todo",
         "not started", "void", "voided", "returned", "deactivated", "backlog", "ended", "retired", "skipped",
         "deprecated", "withdrawn", "refunded", "partially refunded", "reversed", "draft",
         "reversal", "refund", "returned to sender",
         # clinical: a stay or an order that has ended
         "discharged", "discontinued", "transferred out",
         # operations: an alert put to sleep, or one with nothing to judge
         "silenced", "snoozed", "muted", "no data",
         # not open yet to the user: a course, a lesson or an achievement still to earn
         "locked"),
        "neutral",
    ),
}  # fmt: skip
"""English status words and their tone."""

LOCAL_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "success": (
        # fr
        "payé", "payée", "réglé", "réglée", "actif", "active", "expédié", "expédiée", "livré", "livrée",
        "terminé", "terminée", "validé", "validée", "approuvé", "approuvée", "confirmé", "confirmée",
        "en ligne", "publié", "publiée", "activé", "activée",
        "comptabilisé", "comptabilisée", "enregistré", "enregistrée", "compensé", "compensée", "crédité",
        "créditée", "débité", "débitée", "exécuté", "exécutée", "encaissé", "encaissée", "reçu", "reçue",
        # de
        "bezahlt", "aktiv", "gebucht", "verbucht", "abgerechnet", "gutgeschrieben", "belastet", "ausgeführt",
        "eingegangen", "überwiesen", "versandt", "versendet", "verschickt", "zugestellt", "geliefert", "erledigt",
        "abgeschlossen", "genehmigt", "bestätigt", "erfolgreich", "veröffentlicht", "aktiviert", "fertig",
        # es
        "pagado", "pagada", "activo", "activa", "enviado", "enviada", "entregado", "entregada",
        "completado", "completada", "aprobado", "aprobada", "confirmado", "confirmada", "en línea",
        "publicado", "publicada", "finalizado", "finalizada",
        "contabilizado", "contabilizada", "registrado", "registrada", "liquidado", "liquidada", "compensado",
        "compensada", "acreditado", "acreditada", "ejecutado", "ejecutada", "recibido", "recibida",
        "transferido", "transferida",
        # pt
        "pago", "paga", "ativo", "ativa", "entregue", "concluído", "concluída", "aprovado", "aprovada",
        "enviada", "publicado",
        "lançado", "lançada", "efetuado", "efetuada", "creditado", "creditada", "debitado", "debitada",
        "recebido", "recebida", "transferido",
        # it
        "pagato", "pagata", "attivo", "attiva", "spedito", "spedita", "consegnato", "consegnata",
        "completato", "completata", "approvato", "approvata", "confermato", "confermata", "pubblicato",
        "contabilizzato", "contabilizzata", "registrato", "registrata", "regolato", "regolata", "accreditato",
        "accreditata", "addebitato", "addebitata", "eseguito", "eseguita", "ricevuto", "ricevuta",
        # ja
        "支払い済み", "支払済み", "支払済", "入金済み", "有効", "完了", "配送済み", "発送済み", "配達済み",
        "承認済み", "成功", "公開中", "オンライン", "アクティブ",
        "確定", "確定済み", "計上済み", "決済済み", "決済完了", "入金完了", "出金済み", "振込済み", "振込完了",
        "引落済み", "引き落とし済み", "送金済み", "送金完了", "約定", "約定済み",
        # zh (simplified, traditional)
        "已支付", "已付款", "已完成", "已发货", "已發貨", "已送达", "已送達", "已签收", "已簽收", "活跃",
        "活躍", "已批准", "已通过", "已通過", "已启用", "已啟用", "启用", "啟用", "在线", "在線", "正常",
        "已入账", "已入帳", "已结算", "已結算", "已清算", "已到账", "已到帳", "已转账", "已轉帳", "已扣款",
        "交易成功", "已成交",
        # ko
        "완료", "결제 완료", "배송 완료", "활성", "승인됨", "성공",
        "입금 완료", "입금완료", "출금 완료", "출금완료", "이체 완료", "이체완료", "정산 완료", "정산완료",
        "결제완료", "거래 완료", "체결",
        # ar
        "مدفوع", "مدفوعة", "نشط", "نشطة", "مكتمل", "مكتملة", "تم الدفع", "تم الشحن", "تم التوصيل",
        "مقبول", "متصل",
        "مرحل", "مرحّل", "مرحلة", "تمت التسوية", "مسوى", "تم التنفيذ", "منفذ", "منفذة", "تم الإيداع",
        "تم التحويل", "مستلم", "تم الاستلام",
        # he
        "שולם", "שולמה", "פעיל", "פעילה", "הושלם", "הושלמה", "נשלח", "נשלחה", "נמסר", "נמסרה", "אושר",
        "אושרה", "מאושר", "מאושרת", "פורסם", "מחובר", "הצליח",
        "בוצע", "בוצעה", "נרשם", "נרשמה", "נקלט", "נקלטה", "הועבר", "הועברה", "התקבל", "התקבלה", "סולק",
        "סולקה", "זוכה בחשבון",
        # ru
        "оплачен", "оплачена", "оплачено", "активен", "активна", "активный", "выполнен", "выполнено",
        "завершён", "завершена", "завершено", "доставлен", "доставлено", "отправлен", "отправлено",
        "одобрен", "одобрено", "подтверждён", "подтверждено", "опубликован", "в сети", "онлайн", "успешно",
        "готово",
        "проведён", "проведена", "проведено", "исполнен", "исполнено", "исполнена", "зачислен", "зачислено",
        "зачислена", "списан", "списано", "списана", "переведено", "получено", "получен",
        # fi
        "maksettu", "aktiivinen", "valmis", "toimitettu", "lähetetty", "hyväksytty", "vahvistettu",
        "julkaistu", "käytössä", "onnistui", "verkossa",
        "kirjattu", "veloitettu", "suoritettu", "toteutettu", "siirretty", "vastaanotettu", "maksettu tilille",
        # th
        "ชำระแล้ว", "จ่ายแล้ว", "ใช้งาน", "สำเร็จ", "เสร็จสิ้น", "จัดส่งแล้ว", "ส่งแล้ว", "อนุมัติแล้ว",
        "ยืนยันแล้ว", "ออนไลน์",
        "บันทึกแล้ว", "โอนแล้ว", "โอนสำเร็จ", "ได้รับแล้ว", "เข้าบัญชีแล้ว", "ตัดบัญชีแล้ว",
        # hi
        "भुगतान हो गया", "भुगतान किया गया", "सक्रिय", "पूर्ण", "पूरा हुआ", "डिलीवर हो गया", "भेजा गया",
        "स्वीकृत", "पुष्टि हुई", "प्रकाशित", "सफल", "ऑनलाइन",
        "पोस्ट किया गया", "जमा हो गया", "जमा किया गया", "निपटान हो गया", "स्थानांतरित", "प्राप्त हुआ",
        # logistics: dispatched, picked, packed, as in English
        "prélevé", "prélevée", "emballé", "emballée",  # fr
        "kommissioniert", "verpackt", "gepackt",  # de
        "despachado", "despachada", "preparado", "preparada", "embalado", "embalada",  # es
        "expedido", "expedida", "separado", "separada",  # pt
        "evaso", "evasa", "prelevato", "prelevata", "imballato", "imballata",  # it
        "出荷済み", "ピッキング済み", "梱包済み",  # ja
        "已出库", "已出庫", "已拣货", "已揀貨", "已打包", "已发出", "已發出",  # zh
        "출고 완료", "출고완료", "발송 완료", "발송완료", "피킹 완료", "포장 완료",  # ko
        "تم الإرسال", "تم التجهيز", "تم التغليف",  # ar
        "שוגר", "שוגרה", "נלקט", "נלקטה", "נארז", "נארזה",  # he
        "отгружен", "отгружено", "отгружена", "собран", "собрано", "собрана", "упакован", "упаковано",
        "упакована",  # ru
        "kerätty", "pakattu",  # fi
        "หยิบสินค้าแล้ว", "แพ็กแล้ว", "แพ็คแล้ว", "บรรจุแล้ว",  # th
        "रवाना", "पैक किया गया", "पैक हो गया", "पिक किया गया",  # hi
    ),
    "warning": (
        # fr
        "en attente", "en cours", "en traitement", "impayé", "impayée", "en révision",
        "à valider", "en retard de paiement", "retardé", "retardée",
        "autorisé", "autorisée", "en suspens", "bloqué temporairement", "non comptabilisé", "contesté", "contestée",
        # de
        "ausstehend", "in bearbeitung", "in prüfung", "unbezahlt", "wartend", "in arbeit",
        "vorgemerkt", "autorisiert", "angehalten", "zurückgehalten", "wird bearbeitet", "nicht gebucht",
        "verspätet", "verzögert",
        # es
        "pendiente", "en proceso", "procesando", "en revisión", "en espera", "no pagado",
        "retrasado", "retrasada", "demorado", "demorada",
        "autorizado", "autorizada", "retenido", "retenida", "en disputa", "sin contabilizar",
        # pt
        "pendente", "em andamento", "processando", "em análise", "aguardando", "em espera",
        "adiado", "adiada",
        "retido", "retida", "em processamento", "em disputa", "bloqueado temporariamente",
        # it
        "in attesa", "in corso", "in elaborazione", "in sospeso", "in revisione", "non pagato",
        "ritardato", "ritardata",
        "autorizzato", "autorizzata", "contestato", "contestata", "non contabilizzato",
        # ja
        "保留中", "処理中", "対応中", "進行中", "審査中", "確認中", "承認待ち", "未払い", "準備中",
        "遅延", "遅延中",
        "未確定", "保留", "仮売上", "オーソリ中", "送金中", "振込中",
        # zh
        "待处理", "待處理", "处理中", "處理中", "进行中", "進行中", "待付款", "待支付", "未支付", "未付款",
        "待发货", "待發貨", "审核中", "審核中", "延迟", "延遲", "已延迟", "已延遲", "延误", "延誤",
        "待入账", "待入帳", "待结算", "待結算", "已授权", "已授權", "冻结中", "凍結中", "争议中", "爭議中",
        # ko
        "대기 중", "대기중", "처리 중", "처리중", "진행 중", "진행중", "검토 중", "지연", "지연됨",
        "보류", "보류 중", "보류중", "정산 대기", "승인 대기", "이체 중",
        # ar
        "قيد الانتظار", "قيد المعالجة", "معلق", "معلقة", "قيد المراجعة", "غير مدفوع", "مؤجل", "مؤجلة",
        "قيد التنفيذ", "محجوز", "محجوزة", "مصرح به", "قيد التسوية", "متنازع عليه",
        # he
        "ממתין", "ממתינה", "בהמתנה", "בטיפול", "בתהליך", "בבדיקה", "לא שולם", "ממתין לתשלום", "מתעכב",
        "בעיבוד", "מוקפא", "מוקפאת", "בהקפאה", "במחלוקת", "ממתין לסליקה",
        # ru
        "в ожидании", "ожидает", "ожидает оплаты", "в обработке", "обрабатывается", "в процессе",
        "на проверке", "на рассмотрении", "не оплачен", "не оплачено", "задерживается", "отложен",
        "в холде", "заморожено", "авторизован", "авторизовано", "не проведено", "оспаривается",
        # fi
        "odottaa", "odottava", "käsittelyssä", "kesken", "tarkistettavana", "maksamatta", "viivästynyt",
        "pidossa", "varattu", "katevaraus", "kirjaamatta", "kiistetty",
        # th
        "รอดำเนินการ", "กำลังดำเนินการ", "รอชำระเงิน", "ยังไม่ชำระ", "รอตรวจสอบ", "กำลังตรวจสอบ", "ล่าช้า",
        "พักไว้", "ระงับชั่วคราว", "รอโอน", "กำลังโอน",
        # hi
        "लंबित", "प्रक्रिया में", "प्रगति में", "समीक्षाधीन", "भुगतान बाकी", "अवैतनिक", "विलंबित", "प्रतीक्षारत",
        "रोका गया", "होल्ड पर", "विवादित",
        # scheduled, as in English (a standing order, a transfer on a later date)
        "programmé", "programmée", "planifié", "planifiée", "terminiert", "programado", "programada",
        "agendado", "agendada", "programmato", "programmata", "pianificato", "pianificata", "予約済み",
        "已预约", "已預約", "예약됨", "مجدول", "مجدولة", "מתוזמן", "מתוזמנת", "ajastettu", "ตั้งเวลาแล้ว", "निर्धारित",
        # logistics: customs hold, awaiting pickup, short (picked or shipped), as in English
        "retenu en douane", "retenue en douane", "bloqué en douane", "en attente d'enlèvement",
        "en attente de retrait", "incomplet", "incomplète", "quantité manquante",  # fr
        "beim zoll", "zollprüfung", "wartet auf abholung", "fehlmenge", "unvollständig",  # de
        "retenido en aduana", "retenida en aduana", "pendiente de recogida", "esperando recogida", "incompleto",
        "incompleta", "faltante",  # es
        "retido na alfândega", "retida na alfândega", "aguardando coleta", "aguardando retirada", "em falta",  # pt
        "fermo in dogana", "bloccato in dogana", "in attesa di ritiro", "mancante",  # it
        "通関保留", "税関保留", "集荷待ち", "欠品", "数量不足",  # ja
        "海关扣留", "海關扣留", "清关中", "清關中", "待揽收", "待攬收", "待取件", "短缺", "數量不足",  # zh
        "통관 보류", "세관 보류", "픽업 대기", "집하 대기", "수량 부족",  # ko
        "محتجز في الجمارك", "محتجزة في الجمارك", "بانتظار الاستلام", "في انتظار الاستلام", "ناقص", "ناقصة",  # ar
        "מעוכב במכס", "ממתין לאיסוף", "ממתינה לאיסוף", "חסר", "חסרה",  # he
        "задержан на таможне", "задержано на таможне", "на таможне", "ожидает забора", "ожидает вывоза",
        "недостача", "некомплект",  # ru
        "tullin pidättämä", "tullissa", "odottaa noutoa", "vajaa", "vajaus",  # fi
        "ติดศุลกากร", "รอรับพัสดุ", "รอเข้ารับ", "ไม่ครบ",  # th
        "कस्टम में रुका", "कस्टम होल्ड", "पिकअप की प्रतीक्षा", "अपूर्ण",  # hi
    ),
    "danger": (
        # fr
        "échoué", "échouée", "échec", "annulé", "annulée", "rejeté", "rejetée",
        "refusé", "refusée", "expiré", "expirée", "bloqué", "bloquée", "en retard", "hors ligne", "erreur",
        # de
        "fehlgeschlagen", "storniert", "abgebrochen", "abgelehnt", "überfällig", "abgelaufen", "gesperrt",
        "fehler", "offline",
        # es
        "fallido", "fallida", "cancelado", "cancelada", "rechazado", "rechazada", "vencido", "vencida",
        "expirado", "expirada", "bloqueado", "bloqueada", "atrasado",
        "desconectado",
        # pt
        "falhou", "falha", "cancelada", "recusado", "recusada", "rejeitado", "rejeitada", "atrasada",
        # it
        "non riuscito", "non riuscita", "fallito", "fallita", "annullato", "annullata", "rifiutato",
        "rifiutata", "scaduto", "scaduta", "bloccato", "bloccata", "in ritardo",
        "errore",
        # ja
        "失敗", "キャンセル", "キャンセル済み", "却下", "期限切れ", "エラー", "オフライン",
        # zh
        "失败", "已取消", "已拒绝", "已拒絕", "已过期", "已過期", "错误", "錯誤", "离线", "離線",
        "逾期", "已逾期",
        # ko
        "실패", "취소됨", "취소", "거부됨", "만료됨", "오류",
        # ar
        "فشل", "فاشل", "ملغى", "ملغي", "ملغاة", "مرفوض", "مرفوضة", "منتهي",
        "منتهية", "متأخر", "غير متصل", "خطأ",
        # he
        "נכשל", "נכשלה", "בוטל", "בוטלה", "נדחה", "נדחתה", "פג תוקף", "חסום", "חסומה", "באיחור", "שגיאה",
        "לא מחובר",
        # ru
        "ошибка", "отменён", "отменена", "отменено", "отклонён", "отклонена", "отклонено", "просрочен",
        "просрочено", "истёк", "заблокирован", "заблокирована", "не в сети", "офлайн", "сбой",
        # fi
        "epäonnistui", "peruttu", "peruutettu", "hylätty", "erääntynyt", "vanhentunut", "estetty", "virhe",
        "myöhässä",
        # th
        "ล้มเหลว", "ยกเลิก", "ยกเลิกแล้ว", "ถูกปฏิเสธ", "หมดอายุ", "เกินกำหนด", "ข้อผิดพลาด", "ออฟไลน์",
        # hi
        "विफल", "असफल", "रद्द", "रद्द किया गया", "अस्वीकृत", "अतिदेय", "अवरुद्ध", "त्रुटि", "ऑफ़लाइन",
        # banking and payments: a chargeback, a payment refused or not covered
        "rückbuchung", "zurückgewiesen", "abgewiesen", "nicht gedeckt",  # de
        "rétrofacturation", "rejet", "fonds insuffisants",  # fr
        "contracargo", "fondos insuficientes",  # es
        "saldo insuficiente", "contestação",  # pt
        "respinto", "respinta", "fondi insufficienti",  # it
        "チャージバック", "拒否", "残高不足", "決済失敗", "送金失敗",  # ja
        "拒付", "余额不足", "餘額不足", "交易失败", "交易失敗",  # zh
        "거절", "거절됨", "잔액 부족", "결제 실패", "차지백",  # ko
        "رصيد غير كاف", "رصيد غير كافٍ", "عملية مرفوضة",  # ar
        "חיוב חוזר", "אין כיסוי", "סורב", "סורבה",  # he
        "чарджбэк", "недостаточно средств", "отказано",  # ru
        "kate ei riitä", "takaisinveloitus",  # fi
        "ยอดเงินไม่พอ", "ปฏิเสธ",  # th
        "अपर्याप्त शेष", "अस्वीकार",  # hi
        # logistics: an exception, a failed delivery, a damaged parcel
        "anomalie", "endommagé", "endommagée", "avarié", "avariée", "échec de livraison",
        "livraison échouée",  # fr
        "ausnahme", "zustellproblem", "beschädigt", "zustellung fehlgeschlagen", "zustellversuch fehlgeschlagen",  # de
        "excepción", "incidencia", "dañado", "dañada", "entrega fallida", "intento de entrega fallido",  # es
        "exceção", "avariado", "avariada", "danificado", "danificada", "falha na entrega",
        "entrega não realizada",  # pt
        "eccezione", "anomalia", "danneggiato", "danneggiata", "consegna non riuscita", "consegna fallita",  # it
        "例外", "配達不可", "配達失敗", "破損", "破損あり",  # ja
        "异常", "異常", "派送失败", "派送失敗", "投递失败", "投遞失敗", "破损", "已损坏", "已損壞",  # zh
        "예외", "배송 예외", "배송 실패", "배송실패", "파손", "파손됨",  # ko
        "استثناء", "تالف", "تالفة", "فشل التوصيل", "تعذر التوصيل",  # ar
        "חריגה", "פגום", "פגומה", "המסירה נכשלה", "מסירה נכשלה", "ניסיון מסירה נכשל",  # he
        "исключение", "повреждён", "повреждено", "повреждена", "не доставлен", "не доставлено",
        "неудачная попытка доставки",  # ru
        "poikkeama", "vaurioitunut", "toimitus epäonnistui", "jakelu epäonnistui",  # fi
        "ข้อยกเว้น", "เสียหาย", "ชำรุด", "จัดส่งไม่สำเร็จ", "ส่งไม่สำเร็จ",  # th
        "अपवाद", "क्षतिग्रस्त", "डिलीवरी विफल", "डिलीवरी असफल",  # hi
    ),
    "info": (
        "nouveau", "nouvelle", "ouvert", "ouverte",  # fr
        "neu", "offen", "geplant",  # de
        "nuevo", "nueva", "abierto", "abierta",  # es
        "novo", "nova", "aberto", "aberta",  # pt
        "nuovo", "nuova", "aperto", "aperta",  # it
        "新規", "未対応", "配送中",  # ja
        "新建", "配送中", "运输中", "運輸中",  # zh
        "신규", "배송 중", "배송중",  # ko
        "جديد", "جديدة", "مفتوح", "مفتوحة",  # ar
        "חדש", "חדשה", "פתוח", "פתוחה", "מתוכנן",  # he
        "новый", "новая", "новое", "открыт", "открыта", "запланирован", "запланировано", "в пути",  # ru
        "uusi", "avoin", "suunniteltu", "kuljetuksessa",  # fi
        "ใหม่", "เปิด", "กำลังจัดส่ง",  # th
        "नया", "नई", "खुला", "नियोजित", "रास्ते में",  # hi
    ),
    "neutral": (
        "inactif", "inactive", "fermé", "fermée", "archivé", "archivée", "suspendu", "suspendue",
        "en pause", "à faire", "remboursé", "remboursée", "brouillon",  # fr
        "inaktiv", "geschlossen", "archiviert", "pausiert", "deaktiviert", "zu erledigen", "erstattet",
        "rückerstattet", "entwurf",  # de
        "inactivo", "inactiva", "cerrado", "cerrada", "archivado", "archivada", "pausado", "pausada",
        "suspendido", "suspendida", "reembolsado", "reembolsada", "borrador",  # es, pt
        "inativo", "inativa", "fechado", "fechada", "arquivado", "arquivada", "suspenso", "suspensa", "rascunho",  # pt
        "inattivo", "inattiva", "chiuso", "chiusa", "archiviato", "archiviata", "sospeso", "sospesa",
        "rimborsato", "rimborsata", "bozza",  # it
        "無効", "停止中", "非公開", "非アクティブ", "未着手", "返金済み", "下書き",  # ja
        "已关闭", "已關閉", "已暂停", "已暫停", "已归档", "已歸檔", "已禁用", "禁用", "未开始", "未開始",
        "已退款", "草稿",  # zh
        "비활성", "중지됨", "보관됨", "환불됨",  # ko
        "غير نشط", "غير نشطة", "مغلق", "مغلقة", "مؤرشف", "موقوف", "مسترد", "مستردة", "مسودة",  # ar
        "לא פעיל", "לא פעילה", "סגור", "סגורה", "בארכיון", "מושהה", "הוחזר", "הוחזרה", "זוכה", "טיוטה",  # he
        "неактивен", "неактивный", "закрыт", "закрыто", "в архиве", "приостановлен", "возвращён",
        "возврат", "черновик",  # ru
        "passiivinen", "suljettu", "arkistoitu", "keskeytetty", "palautettu", "hyvitetty", "luonnos",  # fi
        "ไม่ใช้งาน", "ปิด", "เก็บถาวร", "ระงับ", "คืนเงินแล้ว", "ฉบับร่าง",  # th
        "निष्क्रिय", "बंद", "संग्रहीत", "निलंबित", "वापस किया गया", "धनवापसी", "मसौदा",  # hi
        # banking and payments: reversed, returned
        "zurückgebucht", "zurückgezahlt", "extourné", "extournée", "contre passé", "contre passée",
        "revertido", "revertida", "devuelto", "devuelta", "estornado", "estornada", "devolvido", "devolvida",
        "stornato", "stornata", "取消", "取消済み", "取り消し済み", "返金", "已冲正", "已沖正", "已撤销",
        "已撤銷", "已退回", "환불 완료", "반환됨", "معكوس", "معكوسة", "مرتجع", "مرتجعة", "זיכוי", "сторно",
        "сторнировано", "возвращено", "กลับรายการแล้ว", "उलटा गया",
        # locked, as in English (a course or an achievement not open yet); where the word is also
        # "blocked" (gesperrt, bloqueado, bloccato, заблокирован) it stays danger, as blocked is
        "verrouillé", "verrouillée", "trancado", "trancada", "ロック中", "ロック済み", "已锁定", "已鎖定",
        "未解锁", "未解鎖", "잠김", "잠금", "مقفل", "مقفلة", "נעול", "נעולה", "lukittu", "ล็อก", "ถูกล็อก",
        "लॉक", "लॉक है",
    ),
}  # fmt: skip
"""Status words of other languages (French, German, Spanish, Portuguese, Italian, Japanese,
Chinese, Korean, Arabic, Hebrew, Russian, Finnish, Thai, Hindi) by tone, as in `ENGLISH_STATUS_WORDS`: shipped and delivered are
success, cancelled danger, refunded and inactive neutral, open and new info; a bank's and a payment
app's too: posted, booked, settled and cleared are success, authorized, on hold, processing and
scheduled warning, declined and chargebacks danger, reversed and refunded neutral; a carrier's
and a warehouse's: dispatched, picked and packed success, customs hold, awaiting pickup and short
warning, an exception, a failed delivery and damaged danger; locked neutral."""

_KANA_VOICING = frozenset("\u3099\u309a")


def status_key(text: str) -> str:
    """A cell's text as the key of `STATUS_TONES`: case-folded, without accents or Arabic
    vowel marks (`Échoué` and `echoue` are one word), `_` and `-` as spaces, one space between
    words (`Past_Due`, `past-due` and `PAST  DUE` are all `past due`). Full-width and
    half-width forms read as the usual ones; a kana's voicing mark stays (it changes the word)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c) or c in _KANA_VOICING)
    return " ".join(unicodedata.normalize("NFC", bare).replace("_", " ").replace("-", " ").split())


def _status_table() -> dict[str, str]:
    words = [*ENGLISH_STATUS_WORDS.items()]
    words += [(word, tone) for tone, spelled in LOCAL_STATUS_WORDS.items() for word in spelled]
    table: dict[str, str] = {}
    for word, tone in words:
        # each word as `status_key` spells it, and lower-cased as written (`Échoué` -> `échoué`)
        table.setdefault(status_key(word), tone)
        table.setdefault(word.lower(), tone)
    return table


STATUS_TONES: dict[str, str] = _status_table()
"""Cell texts drawn as status badges, and their tone: the keys as `status_key` spells them (use
`status_tone`), and the words lower-cased as written."""


def status_tone(text: str) -> str | None:
    """The badge tone of a status word, or None when `text` is no status."""
    return STATUS_TONES.get(status_key(text))


MARK_TONES = {
    "live": "danger",
    "live now": "danger",
    "on air": "danger",
    "recording": "danger",
    "rec": "danger",
}
"""Words a pill beside a title means otherwise than a status cell does: a card's LIVE marks a
match or a broadcast under way, drawn red as TV and streaming sites draw it (and a recording's
REC), where a table's status column's "Live" is a site or a feature up and running (success)."""


def mark_tone(text: str) -> str | None:
    """The tone of a pill beside a title (a card's badge): a mark's (`MARK_TONES`, LIVE red), else
    the status word's (`status_tone`), else None."""
    return MARK_TONES.get(status_key(text)) or status_tone(text)
