// Translations of <stratum-attribution>'s strings (ids as in its msg() calls; ${n} is the n-th value of the English
// template), spread into widgets/src/locales/<lang>.ts.
import { str } from '@lit/localize';

export const attributionStrings = {
  de: {
    'attribution.channel': 'Kanal',
    'attribution.empty': 'Keine Customer Journeys mit Conversion in diesem Zeitraum.',
    'attribution.explain': str`Zeitverfall halbiert das Gewicht eines Kontakts alle ${0} Tage; positionsbasiert gibt je 40 % an den ersten und den letzten Kontakt.`,
    'attribution.heading': 'Attribution nach Kanal',
    'attribution.model.first_touch': 'Erster Kontakt',
    'attribution.model.last_touch': 'Letzter Kontakt',
    'attribution.model.linear': 'Linear',
    'attribution.model.position_based': 'Positionsbasiert',
    'attribution.model.time_decay': 'Zeitverfall',
    'attribution.models': 'Attributionsmodell',
    'attribution.summary': str`${0} Customer Journeys mit Conversion. Im Modell ${1} erhält ${2} den größten Anteil: ${3} der Conversions.`,
    'attribution.table-caption': 'Conversions, die jedem Kanal in jedem Modell zugeschrieben werden, mit dem Anteil an allen Conversions',
  },
  fr: {
    'attribution.channel': 'Canal',
    'attribution.empty': 'Aucun parcours converti sur cette période.',
    'attribution.explain': str`La décroissance temporelle divise par deux le poids d’un contact tous les ${0} jours ; le modèle par position donne 40 % au premier et au dernier contact.`,
    'attribution.heading': 'Attribution par canal',
    'attribution.model.first_touch': 'Premier contact',
    'attribution.model.last_touch': 'Dernier contact',
    'attribution.model.linear': 'Linéaire',
    'attribution.model.position_based': 'Par position',
    'attribution.model.time_decay': 'Décroissance temporelle',
    'attribution.models': 'Modèle d’attribution',
    'attribution.summary': str`${0} parcours convertis. Avec le modèle ${1}, ${2} reçoit le plus de crédit : ${3} des conversions.`,
    'attribution.table-caption': 'Conversions attribuées à chaque canal selon chaque modèle, avec la part de toutes les conversions',
  },
  ar: {
    'attribution.channel': 'القناة',
    'attribution.empty': 'لا توجد رحلات عملاء انتهت بتحويل في هذه الفترة.',
    'attribution.explain': str`يقلّل نموذج التلاشي الزمني وزن كل نقطة اتصال إلى النصف كل ${0} يومًا؛ ويمنح النموذج القائم على الموضع 40 % لأول نقطة اتصال و40 % لآخرها.`,
    'attribution.heading': 'الإسناد حسب القناة',
    'attribution.model.first_touch': 'أول نقطة اتصال',
    'attribution.model.last_touch': 'آخر نقطة اتصال',
    'attribution.model.linear': 'خطي',
    'attribution.model.position_based': 'حسب الموضع',
    'attribution.model.time_decay': 'التلاشي الزمني',
    'attribution.models': 'نموذج الإسناد',
    'attribution.summary': str`${0} رحلة انتهت بتحويل. وفق نموذج ${1}، تحصل ${2} على أكبر حصة: ${3} من التحويلات.`,
    'attribution.table-caption': 'التحويلات المنسوبة إلى كل قناة وفق كل نموذج، مع حصتها من جميع التحويلات',
  },
};
