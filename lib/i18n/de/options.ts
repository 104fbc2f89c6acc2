import type { options as en } from '../en/options';

export const options: Record<keyof typeof en, string> = {
  'options.title': 'Einstellungen',
  'options.loading': 'Einstellungen werden geladen …',

  'options.welcome.heading': 'Willkommen bei AgentPMT Credits',
  'options.welcome.intro':
    'Behalten Sie Ihr AgentPMT-Guthaben im Blick und werden Sie gewarnt, bevor Credits knapp werden oder verfallen.',
  'options.welcome.tokenHeading': 'Was Sie brauchen',
  'options.welcome.tokenWhat':
    'Ein Agent-Group-Token: das Bearer-Token, mit dem Ihre Agenten Tool-Aufrufe bezahlen. Damit liest die Erweiterung Ihr Guthaben und Ihren Credit-Verlauf.',
  'options.welcome.tokenWhere': 'So finden Sie es im AgentPMT-Dashboard:',
  'options.welcome.path.controlCenter': 'Control Center',
  'options.welcome.path.agentGroups': 'Agent Groups',
  'options.welcome.path.showToken': 'Show Bearer Token',
  'options.welcome.tokenCare': 'Mit dem Token lassen sich auch Credits ausgeben. Behandeln Sie es wie ein Passwort.',
  'options.welcome.storage':
    'Token und Kontodaten werden nur in diesem Browser gespeichert. Die Erweiterung spricht nur mit api.agentpmt.com und mit keinem anderen Server.',
  'options.welcome.openDashboard': 'AgentPMT-Dashboard öffnen',
  'options.welcome.help': 'Hilfe: So funktionieren Credits',
  'options.link.newTab': '(öffnet in einem neuen Tab)',

  'options.connect.heading': 'Verbindung',
  'options.connect.label': 'Agent-Group-Token',
  'options.connect.hint': 'Fügen Sie das Token aus Control Center → Agent Groups → Show Bearer Token ein.',
  'options.connect.submit': 'Verbinden',
  'options.connect.checking': 'Token wird geprüft …',
  'options.connect.error.empty': 'Fügen Sie zuerst Ihr Agent-Group-Token ein.',
  'options.connect.error.malformed':
    'Das sieht nicht nach einem Agent-Group-Token aus: Es besteht aus 16 bis 512 Buchstaben, Ziffern oder . _ ~ + / = - ohne Leerzeichen. Kopieren Sie es erneut aus dem Dashboard. Es wurde nichts gespeichert.',
  'options.connect.error.unauthorized':
    'AgentPMT hat dieses Token nicht akzeptiert (401). Es ist vielleicht falsch kopiert, widerrufen oder erneuert worden: Kopieren Sie es erneut aus dem Dashboard. Es wurde nichts gespeichert.',
  'options.connect.error.forbidden':
    'Dieses Token darf das Guthaben nicht lesen (403). Verwenden Sie ein Agent-Group-Token aus Control Center → Agent Groups. Es wurde nichts gespeichert.',
  'options.connect.error.rateLimitedAt':
    'AgentPMT begrenzt gerade die Anfragen. Versuchen Sie es {time} erneut. Es wurde nichts gespeichert.',
  'options.connect.error.rateLimited':
    'AgentPMT begrenzt gerade die Anfragen. Versuchen Sie es in ein paar Minuten erneut. Es wurde nichts gespeichert.',
  'options.connect.error.network':
    'api.agentpmt.com ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Es wurde nichts gespeichert.',
  'options.connect.error.timeout':
    'api.agentpmt.com hat nicht rechtzeitig geantwortet. Versuchen Sie es erneut. Es wurde nichts gespeichert.',
  'options.connect.error.server':
    'Bei AgentPMT ist ein Fehler aufgetreten (Fehler {status}). Versuchen Sie es in ein paar Minuten erneut. Es wurde nichts gespeichert.',
  'options.connect.error.serverNoStatus':
    'Bei AgentPMT ist ein Fehler aufgetreten. Versuchen Sie es in ein paar Minuten erneut. Es wurde nichts gespeichert.',
  'options.connect.error.unexpected':
    'Die Antwort von AgentPMT ist für die Erweiterung unverständlich. Versuchen Sie es später erneut. Es wurde nichts gespeichert.',
  'options.connect.error.storage':
    'Das Token funktioniert, aber dieser Browser konnte es nicht speichern. Prüfen Sie, ob genug Speicherplatz frei ist, und versuchen Sie es erneut. Es wurde nichts gespeichert.',
  'options.connect.error.internal':
    'In der Erweiterung ist ein Fehler aufgetreten. Versuchen Sie es erneut. Es wurde nichts gespeichert.',

  'options.connected.status': 'Verbunden',
  'options.connected.token': 'Token',
  'options.connected.tokenMasked': '••••{hint}',
  'options.connected.balance': 'Guthaben',
  'options.connected.balanceValue': '{credits} ({dollars})',
  'options.connected.balancePending': 'Guthaben wird abgerufen …',
  'options.connected.updated': 'Aktualisiert {time}',
  'options.connected.rejected':
    'AgentPMT akzeptiert dieses Token nicht mehr (401/403). Trennen Sie die Verbindung und verbinden Sie dann ein neues Token aus dem Dashboard.',
  'options.connected.disconnect': 'Trennen',
  'options.connected.confirmQuestion':
    'Verbindung trennen und Token, zwischengespeichertes Guthaben, Verlauf und Warnstatus aus diesem Browser löschen?',
  'options.connected.confirm': 'Ja, trennen',
  'options.connected.cancel': 'Abbrechen',
  'options.connected.disconnecting': 'Verbindung wird getrennt …',
  'options.connected.disconnectFailed': 'Trennen ist fehlgeschlagen. Versuchen Sie es erneut.',
  'options.disconnected.notice': 'Verbindung getrennt. Token und alle Kontodaten wurden aus diesem Browser gelöscht.',

  'options.alerts.heading': 'Warnungen',
  'options.alerts.intro': 'Jede Warnung erscheint einmal, wenn ihr Anlass eintritt, nie als Dauerfeuer.',
  'options.alerts.lowBalance': 'Niedriges Guthaben',
  'options.alerts.lowBalanceThreshold': 'Warnen, wenn das Guthaben unter diesen Wert fällt (Credits)',
  'options.alerts.thresholdDollars': '{credits} Credits = {dollars}',
  'options.alerts.lowRunway': 'Knappe Reichweite',
  'options.alerts.lowRunwayDays': 'Warnen, wenn die Credits voraussichtlich innerhalb so vieler Tage aufgebraucht sind',
  'options.alerts.empty': 'Guthaben ist null',
  'options.alerts.expiring': 'Credits verfallen bald',
  'options.alerts.expiryWindows': 'So viele Tage vor dem Verfall eines Kaufs warnen',
  'options.alerts.expiryWindowsHint': 'Ganze Zahlen, durch Kommas getrennt, zum Beispiel 30, 7, 1.',
  'options.alerts.topUp': 'Bestätigung nach dem Aufladen',
  'options.alerts.tokenRejected': 'Token abgelehnt',

  'options.general.heading': 'Aktualisierung und Anzeige',
  'options.general.refreshMinutes': 'Aktualisierungsintervall (Minuten)',
  'options.general.badgeMode': 'Symbolleisten-Badge',
  'options.general.badge.credits': 'Credits',
  'options.general.badge.dollars': 'Dollar',
  'options.general.badge.off': 'Aus',
  'options.general.theme': 'Design',
  'options.general.theme.system': 'Wie das System',
  'options.general.theme.light': 'Hell',
  'options.general.theme.dark': 'Dunkel',
  'options.general.widget': 'Credits-Anzeige auf agentpmt.com einblenden',
  'options.general.widgetFirefox':
    'In Firefox aus, bis Sie es einschalten: Die Adresse des Widget-Rahmens enthält eine für diese Installation feste Kennung, an der jedes Skript auf agentpmt.com Ihren Browser wiedererkennen könnte.',

  'options.field.rangeHint': 'Von {min} bis {max}.',
  'options.field.saving': 'Wird gespeichert …',
  'options.field.saved': 'Gespeichert',
  'options.field.error.notWholeNumber': 'Geben Sie eine ganze Zahl von {min} bis {max} ein. Nicht gespeichert.',
  'options.field.error.outOfRange': 'Geben Sie eine Zahl von {min} bis {max} ein. Nicht gespeichert.',
  'options.field.error.tooMany': 'Geben Sie höchstens {max} Werte ein. Nicht gespeichert.',
  'options.field.error.list': 'Geben Sie ganze Zahlen durch Kommas getrennt ein, zum Beispiel 30, 7, 1. Nicht gespeichert.',
  'options.field.error.invalid': 'Dieser Wert kann nicht gespeichert werden.',
  'options.field.error.storage': 'Speichern fehlgeschlagen. Versuchen Sie es erneut.',

  'options.privacy.heading': 'Datenschutz',
  'options.privacy.stores':
    'Nur in diesem Browser gespeichert: das Token, das zuletzt bekannte Guthaben, Credit-Käufe und letzte Buchungen, Guthabenwerte für das Diagramm (30 Tage) und der Warnstatus.',
  'options.privacy.sync':
    'Die Einstellungen dieser Seite werden mit Ihrem Browserkonto synchronisiert, wenn die Browser-Synchronisierung an ist. Das Token nie.',
  'options.privacy.sends':
    'Die Erweiterung spricht nur mit api.agentpmt.com und sendet das Token nur dorthin, im Authorization-Header über HTTPS.',
  'options.privacy.none': 'Keine Analyse, kein Tracking, keine anderen Server. Gespeicherte Daten sind auf der Festplatte nicht verschlüsselt.',
  'options.privacy.erase': 'Trennen löscht das Token und alle Kontodaten.',
};
