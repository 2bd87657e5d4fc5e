<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Maison de la Solidarité</source>
        <translation>À propos de Maison de la Solidarité</translation>
    </message>
    <message>
        <source>Maison de la Solidarité {version}</source>
        <translation>Maison de la Solidarité {version}</translation>
    </message>
    <message>
        <source>Reception desk, weekly rota of the permanences and statistics of a CCAS.</source>
        <translation>Accueil, planning hebdomadaire des permanences et statistiques d&apos;un CCAS.</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <source>{licence} (European Union Public Licence)</source>
        <translation>{licence} (licence publique de l&apos;Union européenne)</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>Log files:</source>
        <translation>Journaux techniques :</translation>
    </message>
    <message>
        <source>This desk&apos;s settings:</source>
        <translation>Réglages de ce poste :</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Réalisé avec :</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>reception agent</source>
        <translation>agent d&apos;accueil</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordinatrice ou coordinateur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Switch &amp;off/on</source>
        <translation>Dés&amp;activer / réactiver</translation>
    </message>
    <message>
        <source>Role of the chosen account</source>
        <translation>Rôle du compte choisi</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>The administrator&apos;s account</source>
        <translation>Le compte de l&apos;administrateur</translation>
    </message>
    <message>
        <source>The administrator manages the accounts, the settings and the backups. The password needs at least 12 characters with a capital letter, a small letter, a digit and a special character, or a phrase of at least 7 words.</source>
        <translation>L&apos;administrateur gère les comptes, les réglages et les sauvegardes. Le mot de passe compte au moins 12 caractères avec une majuscule, une minuscule, un chiffre et un caractère spécial, ou bien c&apos;est une phrase d&apos;au moins 7 mots.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Name (optional):</source>
        <translation>&amp;Nom (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>◀ Previo&amp;us</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujourd&apos;&amp;hui</translation>
    </message>
    <message>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Suivant ▶</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Collective actions</source>
        <translation>Actions collectives</translation>
    </message>
    <message>
        <source>Partner meetings</source>
        <translation>Réunions partenariales</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>M&amp;odifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel the event…</source>
        <translation>Ann&amp;uler l&apos;événement…</translation>
    </message>
    <message>
        <source>&amp;Mark as held</source>
        <translation>Marquer comme t&amp;enu</translation>
    </message>
    <message>
        <source>A&amp;ttendance…</source>
        <translation>Présen&amp;ces…</translation>
    </message>
    <message>
        <source>&amp;Print the sign-in sheet…</source>
        <translation>Imprimer la feuille d&apos;é&amp;margement…</translation>
    </message>
    <message>
        <source>Only a coordinator plans or changes an event; everyone records who came.</source>
        <translation>Seule une coordinatrice planifie ou modifie un événement ; chacun enregistre qui est venu.</translation>
    </message>
    <message>
        <source>Events of the period</source>
        <translation>Événements de la période</translation>
    </message>
    <message>
        <source>No event in this period.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vue</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>Na&amp;ture</translation>
    </message>
    <message>
        <source>Week {week}: {first} to {last}</source>
        <translation>Semaine {week} : du {first} au {last}</translation>
    </message>
    <message>
        <source>Undo the &amp;cancellation</source>
        <translation>Ann&amp;uler l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel an event</source>
        <translation>Annuler un événement</translation>
    </message>
    <message>
        <source>Cancel « {title} » of {day}, {start}–{end}? It stays in the agenda, marked cancelled, and an office it took is free again.</source>
        <translation>Annuler « {title} » du {day}, {start}–{end} ? Il reste dans l&apos;agenda, marqué annulé, et le bureau qu&apos;il occupait est libéré.</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Appointment with {partner}</source>
        <translation>Rendez-vous avec {partner}</translation>
    </message>
    <message>
        <source>Free slots</source>
        <translation>Créneaux libres</translation>
    </message>
    <message>
        <source>A first name and a phone number, or initials only. They are erased {days} days after the appointment.</source>
        <translation>Un prénom et un numéro de téléphone, ou des initiales seulement. Ils sont effacés {days} jours après le rendez-vous.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>or &amp;initials</source>
        <translation>ou &amp;initiales</translation>
    </message>
    <message>
        <source>Free slots in the coming permanences:</source>
        <translation>Créneaux libres dans les prochaines permanences :</translation>
    </message>
    <message>
        <source>There is no free slot in the coming permanences.</source>
        <translation>Il n&apos;y a pas de créneau libre dans les prochaines permanences.</translation>
    </message>
    <message>
        <source>Appointment booked: {partner}, {day} at {time}</source>
        <translation>Rendez-vous pris : {partner}, {day} à {time}</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>&amp;Record the partners</source>
        <translation>&amp;Enregistrer les partenaires</translation>
    </message>
    <message>
        <source>Counted by head</source>
        <translation>Comptage des présents</translation>
    </message>
    <message>
        <source>Record the coun&amp;t</source>
        <translation>Enregistrer le comp&amp;te</translation>
    </message>
    <message>
        <source>&amp;Headcount</source>
        <translation>&amp;Effectif</translation>
    </message>
    <message>
        <source>Or one line per participant (no name is kept)</source>
        <translation>Ou une ligne par participant (aucun nom n&apos;est conservé)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>&amp;Add the person</source>
        <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
        <source>Participants listed, by card code</source>
        <translation>Participants inscrits, par code de carte</translation>
    </message>
    <message>
        <source>« {title} », {kind}, {day}, {start}–{end}: {status}</source>
        <translation>« {title} », {kind}, {day}, {start}–{end} : {status}</translation>
    </message>
    <message>
        <source>The action has not begun: who came is recorded once it has begun.</source>
        <translation>L&apos;action n&apos;a pas commencé : les présences s&apos;enregistrent une fois qu&apos;elle a commencé.</translation>
    </message>
    <message>
        <source>The meeting has not begun: partners may be invited now; who came is recorded once it has begun.</source>
        <translation>La réunion n&apos;a pas commencé : les partenaires peuvent déjà être invités ; les présences s&apos;enregistrent une fois qu&apos;elle a commencé.</translation>
    </message>
    <message>
        <source>Participants listed: {listed}, present: {present}.</source>
        <translation>Participants inscrits : {listed}, présents : {present}.</translation>
    </message>
    <message>
        <source>Partners: {present} present, {excused} excused, {absent} absent, {invited} invited; {people} people sent.</source>
        <translation>Partenaires : {present} présents, {excused} excusés, {absent} absents, {invited} invités ; {people} personnes envoyées.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>tout le monde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Other requests</source>
        <translation>Autres motifs</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Motifs traités</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Note (characters)</source>
        <translation>Note (caractères)</translation>
    </message>
    <message>
        <source>Person key</source>
        <translation>Clé personne</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Every (weeks)</source>
        <translation>Toutes les (semaines)</translation>
    </message>
    <message>
        <source>Weeks of the month</source>
        <translation>Semaines du mois</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Planned date</source>
        <translation>Date prévue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Partner did not come</source>
        <translation>Partenaire absent</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nouvelle date</translation>
    </message>
    <message>
        <source>New start</source>
        <translation>Nouveau début</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>Nouvelle fin</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>Password protection renewed</source>
        <translation>Protection du mot de passe renouvelée</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importées</translation>
    </message>
    <message>
        <source>Already present</source>
        <translation>Déjà présentes</translation>
    </message>
    <message>
        <source>Permanences</source>
        <translation>Permanences</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Antérieures au</translation>
    </message>
    <message>
        <source>With the notes</source>
        <translation>Avec les notes</translation>
    </message>
    <message>
        <source>Size (bytes)</source>
        <translation>Taille (octets)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Former database kept in</source>
        <translation>Ancienne base gardée dans</translation>
    </message>
    <message>
        <source>Visits kept aside</source>
        <translation>Visites mises de côté</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Sur rendez-vous</translation>
    </message>
    <message>
        <source>People without residence papers</source>
        <translation>Personnes sans titre de séjour</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Referent&apos;s phone</source>
        <translation>Téléphone du référent</translation>
    </message>
    <message>
        <source>Referent&apos;s e-mail</source>
        <translation>Courriel du référent</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours elsewhere</source>
        <translation>Horaires ailleurs</translation>
    </message>
    <message>
        <source>Takes appointments</source>
        <translation>Prend des rendez-vous</translation>
    </message>
    <message>
        <source>Appointment length (minutes)</source>
        <translation>Durée d&apos;un rendez-vous (minutes)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tirage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Theme in words</source>
        <translation>Thème en clair</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>People sent</source>
        <translation>Personnes envoyées</translation>
    </message>
    <message>
        <source>Spoke</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>creation</source>
        <translation>création</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>printing</source>
        <translation>impression</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restauration</translation>
    </message>
    <message>
        <source>purge</source>
        <translation>purge</translation>
    </message>
    <message>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>logout</source>
        <translation>déconnexion</translation>
    </message>
    <message>
        <source>failed login</source>
        <translation>échec de connexion</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visite</translation>
    </message>
    <message>
        <source>permanence</source>
        <translation>permanence</translation>
    </message>
    <message>
        <source>permanence exception</source>
        <translation>exception de permanence</translation>
    </message>
    <message>
        <source>closure</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>réglage</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>monthly sheet</source>
        <translation>fiche mensuelle</translation>
    </message>
    <message>
        <source>annual review</source>
        <translation>bilan annuel</translation>
    </message>
    <message>
        <source>tally sheet</source>
        <translation>feuille de comptage</translation>
    </message>
    <message>
        <source>person card</source>
        <translation>carte personne</translation>
    </message>
    <message>
        <source>week of the rota</source>
        <translation>semaine du planning</translation>
    </message>
    <message>
        <source>calendar of the permanences</source>
        <translation>calendrier des permanences</translation>
    </message>
    <message>
        <source>sheet of the appointments</source>
        <translation>feuille des rendez-vous</translation>
    </message>
    <message>
        <source>guide of the permanences</source>
        <translation>guide des permanences</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <source>attendance of a partner</source>
        <translation>présence d&apos;un partenaire</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>headcount</source>
        <translation>effectif</translation>
    </message>
    <message>
        <source>sign-in sheet</source>
        <translation>feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>project led together</source>
        <translation>projet mené ensemble</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Visits (CSV file)</source>
        <translation>Visites (fichier CSV)</translation>
    </message>
    <message>
        <source>Demonstration visits</source>
        <translation>Visites de démonstration</translation>
    </message>
    <message>
        <source>Notes of the visits</source>
        <translation>Notes des visites</translation>
    </message>
    <message>
        <source>Person keys of the visits</source>
        <translation>Clés personne des visites</translation>
    </message>
    <message>
        <source>Person keys of the participants</source>
        <translation>Clés personne des participants</translation>
    </message>
    <message>
        <source>Partner directory (CSV file)</source>
        <translation>Annuaire des partenaires (fichier CSV)</translation>
    </message>
    <message>
        <source>Demonstration partners</source>
        <translation>Partenaires de démonstration</translation>
    </message>
    <message>
        <source>Contacts of the appointments</source>
        <translation>Coordonnées des rendez-vous</translation>
    </message>
    <message>
        <source>Switched-off accounts</source>
        <translation>Comptes désactivés</translation>
    </message>
    <message>
        <source>Unknown login</source>
        <translation>Identifiant inconnu</translation>
    </message>
    <message>
        <source>Guide of the permanences</source>
        <translation>Guide des permanences</translation>
    </message>
    <message>
        <source>Older entries of the audit trail</source>
        <translation>Entrées anciennes du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Profile fields recorded</source>
        <translation>Champs du profil enregistrés</translation>
    </message>
    <message>
        <source>Name of the structure</source>
        <translation>Nom de la structure</translation>
    </message>
    <message>
        <source>Address of the structure</source>
        <translation>Adresse de la structure</translation>
    </message>
    <message>
        <source>Logo of the structure</source>
        <translation>Logo de la structure</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Retention of the notes (days)</source>
        <translation>Conservation des notes (jours)</translation>
    </message>
    <message>
        <source>Retention of the audit trail (months)</source>
        <translation>Conservation du journal d&apos;audit (mois)</translation>
    </message>
    <message>
        <source>Retention of the appointment contacts (days)</source>
        <translation>Conservation des coordonnées des rendez-vous (jours)</translation>
    </message>
    <message>
        <source>Person keys that hold across years</source>
        <translation>Clés personne valables d&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <source>Retention of the person keys (months)</source>
        <translation>Conservation des clés personne (mois)</translation>
    </message>
    <message>
        <source>Secret of the person keys (fingerprint)</source>
        <translation>Secret des clés personne (empreinte)</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>mot de passe erroné</translation>
    </message>
    <message>
        <source>unknown login</source>
        <translation>identifiant inconnu</translation>
    </message>
    <message>
        <source>account switched off</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>the computer&apos;s default printer</source>
        <translation>l&apos;imprimante par défaut de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <source>Visit of {date} at {time}</source>
        <translation>Visite du {date} à {time}</translation>
    </message>
    <message>
        <source>Permanence of {weekday} at {time} ({partner})</source>
        <translation>Permanence du {weekday} à {time} ({partner})</translation>
    </message>
    <message>
        <source>Permanence of {day} ({partner})</source>
        <translation>Permanence du {day} ({partner})</translation>
    </message>
    <message>
        <source>Closure &quot;{label}&quot;</source>
        <translation>Fermeture « {label} »</translation>
    </message>
    <message>
        <source>Appointment of {date} at {time} ({partner})</source>
        <translation>Rendez-vous du {date} à {time} ({partner})</translation>
    </message>
    <message>
        <source>Appointments of {date} ({partner})</source>
        <translation>Rendez-vous du {date} ({partner})</translation>
    </message>
    <message>
        <source>Monthly sheet of {month} {year}</source>
        <translation>Fiche mensuelle de {month} {year}</translation>
    </message>
    <message>
        <source>Calendar of every permanence</source>
        <translation>Calendrier de toutes les permanences</translation>
    </message>
    <message>
        <source>Calendar of the permanences of {partner}</source>
        <translation>Calendrier des permanences de {partner}</translation>
    </message>
    <message>
        <source>Rota of the week of {date}</source>
        <translation>Planning de la semaine du {date}</translation>
    </message>
    <message>
        <source>Tally sheet of {date}</source>
        <translation>Feuille de comptage du {date}</translation>
    </message>
    <message>
        <source>Category &quot;{label}&quot;</source>
        <translation>Catégorie « {label} »</translation>
    </message>
    <message>
        <source>Office &quot;{name}&quot;</source>
        <translation>Bureau « {name} »</translation>
    </message>
    <message>
        <source>Event « {title} » of {date}</source>
        <translation>Événement « {title} » du {date}</translation>
    </message>
    <message>
        <source>Attendance at « {title} » of {date}</source>
        <translation>Présences à « {title} » du {date}</translation>
    </message>
    <message>
        <source>Sign-in sheet of « {title} » of {date}</source>
        <translation>Feuille d&apos;émargement de « {title} » du {date}</translation>
    </message>
    <message>
        <source>Project « {title} » ({year})</source>
        <translation>Projet « {title} » ({year})</translation>
    </message>
    <message>
        <source>Annual review {year}</source>
        <translation>Bilan annuel {year}</translation>
    </message>
    <message>
        <source>Account {login}</source>
        <translation>Compte {login}</translation>
    </message>
    <message>
        <source>Partner {name}</source>
        <translation>Partenaire {name}</translation>
    </message>
    <message>
        <source>Backup {file}</source>
        <translation>Sauvegarde {file}</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>Hub: {hub}
This desk: {desk} ({site})
Last sync: {time}</source>
        <translation>Hub : {hub}
Ce poste : {desk} ({site})
Dernière synchronisation : {time}</translation>
    </message>
    <message>
        <source>The hub does not answer: the rota, the directory, the categories, the accounts and the settings are read-only on this desk. Visits are logged as usual and leave as soon as it answers.</source>
        <translation>Le hub ne répond pas : le planning, l&apos;annuaire, les catégories, les comptes et les réglages sont en lecture seule sur ce poste. Les visites s&apos;enregistrent normalement et partiront dès qu&apos;il répondra.</translation>
    </message>
    <message>
        <source>● Synced {time} · {count} waiting</source>
        <translation>● Synchronisé le {time} · {count} en attente</translation>
    </message>
    <message>
        <source>● Hub unreachable · {count} waiting</source>
        <translation>● Hub injoignable · {count} en attente</translation>
    </message>
</context>
<context>
    <name>BookingsPanel</name>
    <message>
        <source>Appointments booked</source>
        <translation>Rendez-vous pris</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d&apos;hui</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>No appointment this week.</source>
        <translation>Aucun rendez-vous cette semaine.</translation>
    </message>
    <message>
        <source>contact erased</source>
        <translation>contact effacé</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Request categories</source>
        <translation>Catégories de demande</translation>
    </message>
    <message>
        <source>The order here is the order of the buttons and keys at reception. A category used by visits cannot be deleted: switch it off instead.</source>
        <translation>L&apos;ordre ci-dessous est celui des boutons et des touches de l&apos;accueil. Une catégorie utilisée par des visites ne peut pas être supprimée : désactivez-la.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Switch &amp;on/off</source>
        <translation>Activer / dés&amp;activer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>{label} (switched off)</source>
        <translation>{label} (désactivée)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Libellé :</translation>
    </message>
    <message>
        <source>Rename a category</source>
        <translation>Renommer une catégorie</translation>
    </message>
</context>
<context>
    <name>CategoryPad</name>
    <message>
        <source>Request categories</source>
        <translation>Catégories de demande</translation>
    </message>
    <message>
        <source>Key {key}: log a visit “{label}”</source>
        <translation>Touche {key} : enregistrer une visite « {label} »</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Reception desk of a Maison de la Solidarité. Without a command, opens the window.</source>
        <translation>Accueil d&apos;une Maison de la Solidarité. Sans commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <source>database file or URL (postgresql+psycopg://...); default: MAISON_SOLIDARITE_DB, then the user data folder</source>
        <translation>fichier ou URL de la base (postgresql+psycopg://...) ; par défaut : MAISON_SOLIDARITE_DB, puis le dossier de données de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>check this installation on a temporary database, offscreen, then exit</source>
        <translation>vérifier cette installation sur une base temporaire, sans fenêtre, puis quitter</translation>
    </message>
    <message>
        <source>log one visit</source>
        <translation>enregistrer une visite</translation>
    </message>
    <message>
        <source>log a visit and print its id</source>
        <translation>enregistrer une visite et afficher son identifiant</translation>
    </message>
    <message>
        <source>category code or label</source>
        <translation>code ou libellé de la catégorie</translation>
    </message>
    <message>
        <source>date and time, ISO 8601 (default: now)</source>
        <translation>date et heure, ISO 8601 (par défaut : maintenant)</translation>
    </message>
    <message>
        <source>how the person came: walk-in, phone, e-mail or appointment</source>
        <translation>comment la personne est venue : sur place, téléphone, courriel ou rendez-vous</translation>
    </message>
    <message>
        <source>partner acronym or name</source>
        <translation>sigle ou nom du partenaire</translation>
    </message>
    <message>
        <source>short note, 280 characters at most</source>
        <translation>note courte, 280 caractères au plus</translation>
    </message>
    <message>
        <source>the visitor&apos;s person key, from birth name, first name and birth date (not stored)</source>
        <translation>la clé de la personne, calculée à partir du nom de naissance, du prénom et de la date de naissance (non enregistrés)</translation>
    </message>
    <message>
        <source>import or export visits as CSV</source>
        <translation>importer ou exporter des visites en CSV</translation>
    </message>
    <message>
        <source>import a CSV file, all rows or none</source>
        <translation>importer un fichier CSV, toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>export the visits of a period to CSV</source>
        <translation>exporter les visites d&apos;une période en CSV</translation>
    </message>
    <message>
        <source>headers and values as codes instead of words</source>
        <translation>en-têtes et valeurs en codes plutôt qu&apos;en mots</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>premier jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD</source>
        <translation>dernier jour, AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>include the notes (personal data)</source>
        <translation>inclure les notes (données personnelles)</translation>
    </message>
    <message>
        <source>database upkeep</source>
        <translation>entretien de la base de données</translation>
    </message>
    <message>
        <source>migrate the database to this version</source>
        <translation>mettre la base à niveau pour cette version</translation>
    </message>
    <message>
        <source>copy the database (SQLite backup API)</source>
        <translation>copier la base (API de sauvegarde SQLite)</translation>
    </message>
    <message>
        <source>file, or folder to hold the copy (default: the backup folder)</source>
        <translation>fichier, ou dossier qui recevra la copie (par défaut : le dossier de sauvegarde)</translation>
    </message>
    <message>
        <source>check integrity and schema version</source>
        <translation>vérifier l&apos;intégrité et la version du schéma</translation>
    </message>
    <message>
        <source>count the daily figures again from the visits when they disagree</source>
        <translation>recompter les chiffres journaliers à partir des visites s&apos;ils diffèrent</translation>
    </message>
    <message>
        <source>put a backup in the place of the database (the current one is kept aside)</source>
        <translation>remettre une sauvegarde à la place de la base (l&apos;actuelle est mise de côté)</translation>
    </message>
    <message>
        <source>the copy to put in its place</source>
        <translation>la copie à mettre à sa place</translation>
    </message>
    <message>
        <source>purge now what is past its retention period (notes, contacts, old audit entries)</source>
        <translation>purger maintenant ce qui a dépassé sa durée de conservation (notes, contacts, anciennes entrées du journal)</translation>
    </message>
    <message>
        <source>read the audit trail, one entry per line</source>
        <translation>lire le journal d&apos;audit, une entrée par ligne</translation>
    </message>
    <message>
        <source>only this kind of record, in words: visit, permanence, partner, category, setting, monthly sheet…</source>
        <translation>seulement ce type d&apos;enregistrement, en toutes lettres : visite, permanence, partenaire, catégorie, réglage, fiche mensuelle…</translation>
    </message>
    <message>
        <source>only the actions of this person</source>
        <translation>seulement les actions de cette personne</translation>
    </message>
    <message>
        <source>from this day on</source>
        <translation>à partir de ce jour</translation>
    </message>
    <message>
        <source>up to this day, included</source>
        <translation>jusqu&apos;à ce jour inclus</translation>
    </message>
    <message>
        <source>years of live visits only (default: three years with paper days and past totals)</source>
        <translation>années de visites en direct seulement (par défaut : trois ans, avec des jours sur papier et des totaux antérieurs)</translation>
    </message>
    <message>
        <source>visits a year (default: 6000)</source>
        <translation>visites par an (par défaut : 6000)</translation>
    </message>
    <message>
        <source>the generator&apos;s seed: the same seed gives the same data (default: 2008)</source>
        <translation>graine du générateur : la même graine donne les mêmes données (par défaut : 2008)</translation>
    </message>
    <message>
        <source>the accounts of the people who log in (administrator)</source>
        <translation>les comptes des personnes qui se connectent (administrateur)</translation>
    </message>
    <message>
        <source>create an account; the password is read from the terminal or standard input</source>
        <translation>créer un compte ; le mot de passe est lu au terminal ou sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the login the person types</source>
        <translation>l&apos;identifiant que la personne saisit</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>agent (reception agent), coordinator or administrator; default: agent</source>
        <translation>agent (agent d&apos;accueil), coordinateur ou administrateur ; par défaut : agent</translation>
    </message>
    <message>
        <source>the name shown at the desk (optional)</source>
        <translation>le nom affiché à l&apos;accueil (facultatif)</translation>
    </message>
    <message>
        <source>list the accounts, one per line</source>
        <translation>lister les comptes, un par ligne</translation>
    </message>
    <message>
        <source>unlock an account locked after failed logins</source>
        <translation>déverrouiller un compte bloqué après des échecs de connexion</translation>
    </message>
    <message>
        <source>switch an account off (its personal fields go after twelve months)</source>
        <translation>désactiver un compte (ses données personnelles partent après douze mois)</translation>
    </message>
    <message>
        <source>switch an account back on</source>
        <translation>réactiver un compte</translation>
    </message>
    <message>
        <source>set a new password, read from the terminal or standard input</source>
        <translation>définir un nouveau mot de passe, lu au terminal ou sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>the login of the account</source>
        <translation>l&apos;identifiant du compte</translation>
    </message>
    <message>
        <source>the weekly rota of the permanence offices</source>
        <translation>le planning hebdomadaire des bureaux de permanence</translation>
    </message>
    <message>
        <source>print a week of both offices to PDF</source>
        <translation>imprimer une semaine des deux bureaux en PDF</translation>
    </message>
    <message>
        <source>ISO week, for example 2026-W48</source>
        <translation>semaine ISO, par exemple 2026-W48</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>export the rota as an iCalendar file</source>
        <translation>exporter le planning en fichier iCalendar</translation>
    </message>
    <message>
        <source>partner acronym or name (default: all)</source>
        <translation>sigle ou nom du partenaire (par défaut : tous)</translation>
    </message>
    <message>
        <source>list the permanences of a period, one per line</source>
        <translation>lister les permanences d&apos;une période, une par ligne</translation>
    </message>
    <message>
        <source>the partner directory</source>
        <translation>l&apos;annuaire des partenaires</translation>
    </message>
    <message>
        <source>write the partner sheets to CSV</source>
        <translation>écrire les fiches partenaires en CSV</translation>
    </message>
    <message>
        <source>create or update partner sheets from CSV, all lines or none</source>
        <translation>créer ou mettre à jour les fiches depuis un CSV, toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>the date set</source>
        <translation>la date fixée</translation>
    </message>
    <message>
        <source>the first visit logged</source>
        <translation>la première visite enregistrée</translation>
    </message>
    <message>
        <source>the first paper day</source>
        <translation>la première journée sur papier</translation>
    </message>
    <message>
        <source>the first past total</source>
        <translation>le premier total passé</translation>
    </message>
    <message>
        <source>the totals of the years before the app, and the day counting began</source>
        <translation>les totaux des années d&apos;avant l&apos;application, et le jour où le comptage a commencé</translation>
    </message>
    <message>
        <source>import past totals from a CSV file period;category;count, all lines or none</source>
        <translation>importer des totaux passés depuis un fichier CSV période;motif;nombre, toutes les lignes ou aucune</translation>
    </message>
    <message>
        <source>the CSV file to read</source>
        <translation>le fichier CSV à lire</translation>
    </message>
    <message>
        <source>print the past totals stored, as lines period;category;count</source>
        <translation>afficher les totaux passés enregistrés, en lignes période;motif;nombre</translation>
    </message>
    <message>
        <source>print or set the day counting began</source>
        <translation>afficher ou fixer le jour où le comptage a commencé</translation>
    </message>
    <message>
        <source>the day to set</source>
        <translation>le jour à fixer</translation>
    </message>
    <message>
        <source>forget the day set</source>
        <translation>oublier le jour fixé</translation>
    </message>
    <message>
        <source>{count} past total(s) imported from {path}.</source>
        <translation>{count} total(aux) passé(s) importé(s) depuis {path}.</translation>
    </message>
    <message>
        <source>period;category;count;source</source>
        <translation>période;motif;nombre;source</translation>
    </message>
    <message>
        <source>Counting has not begun: no visit, paper day or past total yet.</source>
        <translation>Le comptage n&apos;a pas commencé : aucune visite, journée sur papier ni total passé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Counting began on {day} ({source}).</source>
        <translation>Le comptage a commencé le {day} ({source}).</translation>
    </message>
    <message>
        <source>print the guide to the permanences (PDF)</source>
        <translation>imprimer le guide des permanences (PDF)</translation>
    </message>
    <message>
        <source>print or save the statistics sheets</source>
        <translation>imprimer ou enregistrer les fiches statistiques</translation>
    </message>
    <message>
        <source>the monthly statistics sheet (PDF)</source>
        <translation>la fiche statistique mensuelle (PDF)</translation>
    </message>
    <message>
        <source>the month, for example 2026-11</source>
        <translation>le mois, par exemple 2026-11</translation>
    </message>
    <message>
        <source>PDF file (default: the reports folder)</source>
        <translation>fichier PDF (par défaut : le dossier des rapports)</translation>
    </message>
    <message>
        <source>send it to the printer</source>
        <translation>l&apos;envoyer à l&apos;imprimante</translation>
    </message>
    <message>
        <source>printer name (default: the system&apos;s)</source>
        <translation>nom de l&apos;imprimante (par défaut : celle du système)</translation>
    </message>
    <message>
        <source>the one-page sheet for the wall, in large type</source>
        <translation>la fiche d&apos;une page pour le mur, en gros caractères</translation>
    </message>
    <message>
        <source>the annual review, as .pdf or .xlsx</source>
        <translation>le bilan annuel, en .pdf ou .xlsx</translation>
    </message>
    <message>
        <source>the year, for example 2026</source>
        <translation>l&apos;année, par exemple 2026</translation>
    </message>
    <message>
        <source>the file to write, .pdf or .xlsx</source>
        <translation>le fichier à écrire, .pdf ou .xlsx</translation>
    </message>
    <message>
        <source>the figures of a period, as JSON or CSV</source>
        <translation>les chiffres d&apos;une période, en JSON ou CSV</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>par défaut : json</translation>
    </message>
    <message>
        <source>file (default: standard output)</source>
        <translation>fichier (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>every Maison of the hub, computed on the hub (default: this desk&apos;s site)</source>
        <translation>toutes les Maisons du hub, calculé sur le hub (par défaut : le site de ce poste)</translation>
    </message>
    <message>
        <source>load demonstration data</source>
        <translation>charger des données de démonstration</translation>
    </message>
    <message>
        <source>only if there is no visit yet</source>
        <translation>seulement si aucune visite n&apos;est enregistrée</translation>
    </message>
    <message>
        <source>Audit trail: entry {entry} does not carry the seal of this computer&apos;s key: the trail was rewritten.</source>
        <translation>Journal d&apos;audit : l&apos;entrée {entry} ne porte pas le sceau de la clé de cet ordinateur : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>Audit trail: entries were removed: entry {entry}, seen on {seen}, is missing.</source>
        <translation>Journal d&apos;audit : des entrées ont été supprimées : l&apos;entrée {entry}, vue le {seen}, manque.</translation>
    </message>
    <message>
        <source>Audit trail: entry {entry} differs from the one seen on {seen}: the trail was rewritten.</source>
        <translation>Journal d&apos;audit : l&apos;entrée {entry} diffère de celle vue le {seen} : le journal a été réécrit.</translation>
    </message>
    <message>
        <source>{count} visit(s) written to {path}.</source>
        <translation>{count} visite(s) écrite(s) dans {path}.</translation>
    </message>
    <message>
        <source>Database at schema {revision}.</source>
        <translation>Base de données au schéma {revision}.</translation>
    </message>
    <message>
        <source>Copy made before migrating: {path}</source>
        <translation>Copie faite avant la mise à niveau : {path}</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
        <source>Integrity: {result}</source>
        <translation>Intégrité : {result}</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>behind, run: db upgrade</source>
        <translation>en retard, lancez : db upgrade</translation>
    </message>
    <message>
        <source>Schema: {revision} ({state})</source>
        <translation>Schéma : {revision} ({state})</translation>
    </message>
    <message>
        <source>Desk {desk}: {verdict}</source>
        <translation>Poste {desk} : {verdict}</translation>
    </message>
    <message>
        <source>Daily counts: {count} rows differ from the visits; &quot;db check --repair&quot; counts them again.</source>
        <translation>Comptes journaliers : {count} lignes diffèrent des visites ; « db check --repair » les recompte.</translation>
    </message>
    <message>
        <source>Daily counts: in agreement with the visits.</source>
        <translation>Comptes journaliers : conformes aux visites.</translation>
    </message>
    <message>
        <source>Daily counts: counted again from the visits.</source>
        <translation>Comptes journaliers : recomptés à partir des visites.</translation>
    </message>
    <message>
        <source>Audit trail: chain intact ({entries} entries).</source>
        <translation>Journal d&apos;audit : chaîne intacte ({entries} entrées).</translation>
    </message>
    <message>
        <source>Seals: {sealed} checked with this computer&apos;s key, {foreign} made with another key.</source>
        <translation>Sceaux : {sealed} entrées vérifiées avec la clé de cet ordinateur, {foreign} scellées par une autre clé.</translation>
    </message>
    <message>
        <source>Audit trail: altered from entry {entry} on.</source>
        <translation>Journal d&apos;audit : altéré à partir de l&apos;entrée {entry}.</translation>
    </message>
    <message>
        <source>Purged: {notes} note(s), {contacts} appointment contact(s), {entries} audit entr(y/ies).</source>
        <translation>Purgé : {notes} note(s), {contacts} contact(s) de rendez-vous, {entries} entrée(s) du journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Backup restored. What the database held before is kept in {path}, with {count} visit(s) that the copy does not hold.</source>
        <translation>Sauvegarde restaurée. Ce que la base contenait avant est conservé dans {path}, dont {count} visite(s) absente(s) de la copie.</translation>
    </message>
    <message>
        <source>{imported} visit(s) imported, {present} recognised as already present.</source>
        <translation>{imported} visite(s) importée(s), {present} reconnue(s) comme déjà présente(s).</translation>
    </message>
    <message>
        <source>{count} partner sheet(s) written to {path}.</source>
        <translation>{count} fiche(s) partenaire écrite(s) dans {path}.</translation>
    </message>
    <message>
        <source>{count} partner sheet(s) imported.</source>
        <translation>{count} fiche(s) partenaire importée(s).</translation>
    </message>
    <message>
        <source>Guide written to {path}.</source>
        <translation>Guide écrit dans {path}.</translation>
    </message>
    <message>
        <source>The database already holds visits: no demonstration data added.</source>
        <translation>La base contient déjà des visites : aucune donnée de démonstration ajoutée.</translation>
    </message>
    <message>
        <source>Demonstration data: {orgs} partner(s) and {visits} visit(s) added.</source>
        <translation>Données de démonstration : {orgs} partenaire(s) et {visits} visite(s) ajoutés.</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe, à nouveau : </translation>
    </message>
    <message>
        <source>Account {login} created.</source>
        <translation>Compte {login} créé.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>on</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Account {login} updated.</source>
        <translation>Compte {login} modifié.</translation>
    </message>
    <message>
        <source>Week written to {path}.</source>
        <translation>Semaine écrite dans {path}.</translation>
    </message>
    <message>
        <source>Calendar written to {path}.</source>
        <translation>Calendrier écrit dans {path}.</translation>
    </message>
    <message>
        <source>held</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <source>(moved from {date})</source>
        <translation>(déplacée du {date})</translation>
    </message>
    <message>
        <source>Figures written to {path}.</source>
        <translation>Chiffres écrits dans {path}.</translation>
    </message>
    <message>
        <source>Annual review written to {path}.</source>
        <translation>Bilan annuel écrit dans {path}.</translation>
    </message>
    <message>
        <source>Monthly sheet written to {path}.</source>
        <translation>Fiche mensuelle écrite dans {path}.</translation>
    </message>
    <message>
        <source>Sent to the printer. {answer}</source>
        <translation>Envoyé à l&apos;imprimante. {answer}</translation>
    </message>
    <message>
        <source>this desk and the hub where the desks of the structure meet (PostgreSQL)</source>
        <translation>ce poste et le hub où se retrouvent les postes de la structure (PostgreSQL)</translation>
    </message>
    <message>
        <source>join this desk to a hub, creating the hub&apos;s tables on the first join, then pull everything</source>
        <translation>joindre ce poste à un hub (ses tables sont créées au premier poste), puis tout recevoir</translation>
    </message>
    <message>
        <source>postgresql+psycopg://user@server/database</source>
        <translation>postgresql+psycopg://utilisateur@serveur/base</translation>
    </message>
    <message>
        <source>this desk&apos;s name on the hub</source>
        <translation>le nom de ce poste sur le hub</translation>
    </message>
    <message>
        <source>the Maison this desk belongs to (default: the structure)</source>
        <translation>la Maison de ce poste (par défaut : la structure)</translation>
    </message>
    <message>
        <source>stop syncing with the hub, after sending what waits; the visits stay here</source>
        <translation>ne plus se synchroniser avec le hub, après avoir envoyé ce qui attend ; les visites restent sur ce poste</translation>
    </message>
    <message>
        <source>the hub, this desk&apos;s name, the last sync and the records waiting</source>
        <translation>le hub, le nom de ce poste, la dernière synchronisation et ce qui attend d&apos;être envoyé</translation>
    </message>
    <message>
        <source>one round with the hub: send what waits, receive what the other desks did (exit 3: no hub)</source>
        <translation>un échange avec le hub : envoyer ce qui attend, recevoir ce que les autres postes ont fait (code 3 : hub injoignable)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Sent: {pushed} (already there: {repeated}, conflicts settled by the hub: {conflicts}). Received: {pulled}.</source>
        <translation>Envoyées : {pushed} (déjà reçues : {repeated}, conflits réglés par le hub : {conflicts}). Reçues : {pulled}.</translation>
    </message>
    <message>
        <source>This desk is &quot;{desk}&quot; ({site}) on the hub {hub}.</source>
        <translation>Ce poste est « {desk} » ({site}) sur le hub {hub}.</translation>
    </message>
    <message>
        <source>This desk works alone: it has joined no hub.</source>
        <translation>Ce poste travaille seul : il n&apos;a rejoint aucun hub.</translation>
    </message>
    <message>
        <source>Hub: {hub}</source>
        <translation>Hub : {hub}</translation>
    </message>
    <message>
        <source>Desk: {desk} ({site})</source>
        <translation>Poste : {desk} ({site})</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Dernière synchronisation : {when}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {count}</source>
        <translation>En attente d&apos;envoi : {count}</translation>
    </message>
    <message>
        <source>Last attempt ({when}): {error}</source>
        <translation>Dernière tentative ({when}) : {error}</translation>
    </message>
    <message>
        <source>Desk {desk}: known up to {when}</source>
        <translation>Poste {desk} : connu jusqu&apos;au {when}</translation>
    </message>
    <message>
        <source>This desk works alone again; it keeps its {count} visits.</source>
        <translation>Ce poste travaille de nouveau seul ; il garde ses {count} visites.</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l&apos;un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide (%(type)s) : %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>une valeur est attendue</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>une valeur au plus est attendue</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins une valeur est attendue</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s valeur attendue</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s valeurs attendues</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>interdit avec l&apos;argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>option inattendue : %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>PATH_OR_URL</source>
        <translation>CHEMIN_OU_URL</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>CATÉGORIE</translation>
    </message>
    <message>
        <source>AT</source>
        <translation>DATE_HEURE</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>ORG</source>
        <translation>PARTENAIRE</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ENTITÉ</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>PERSONNE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>YEARS</source>
        <translation>ANNÉES</translation>
    </message>
    <message>
        <source>PER_YEAR</source>
        <translation>PAR_AN</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>GRAINE</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>AAAA-MM</translation>
    </message>
    <message>
        <source>YYYY-Www</source>
        <translation>AAAA-Wss</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>ACRONYM</source>
        <translation>SIGLE</translation>
    </message>
    <message>
        <source>ACRONYM,...</source>
        <translation>SIGLE,...</translation>
    </message>
    <message>
        <source>INTERVAL</source>
        <translation>INTERVALLE</translation>
    </message>
    <message>
        <source>CODE=N</source>
        <translation>CODE=N</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>{prog}: error: {message} (help: {prog} --help)</source>
        <translation>{prog} : erreur : {message} (aide : {prog} --help)</translation>
    </message>
    <message>
        <source>{heading}:</source>
        <translation>{heading} :</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number</source>
        <translation>« {value} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>plan a collective action or a partner meeting; prints its id</source>
        <translation>prévoir une action collective ou une réunion partenariale ; affiche son numéro</translation>
    </message>
    <message>
        <source>the kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>le titre</translation>
    </message>
    <message>
        <source>start, e.g. 2026-12-08T09:30</source>
        <translation>début, par exemple 2026-12-08T09:30</translation>
    </message>
    <message>
        <source>end time (default: two hours later)</source>
        <translation>heure de fin (par défaut : deux heures après)</translation>
    </message>
    <message>
        <source>an office of the Maison</source>
        <translation>un bureau de la Maison</translation>
    </message>
    <message>
        <source>a place elsewhere</source>
        <translation>un lieu ailleurs</translation>
    </message>
    <message>
        <source>a request category&apos;s code as the theme</source>
        <translation>le code d&apos;un motif comme thème</translation>
    </message>
    <message>
        <source>a theme in free words</source>
        <translation>un thème en texte libre</translation>
    </message>
    <message>
        <source>the partners who lead it</source>
        <translation>les partenaires qui l&apos;animent</translation>
    </message>
    <message>
        <source>repeat it with the rota&apos;s rules</source>
        <translation>le répéter selon les règles du planning</translation>
    </message>
    <message>
        <source>every N weeks (with every_n_weeks)</source>
        <translation>toutes les N semaines (avec every_n_weeks)</translation>
    </message>
    <message>
        <source>weeks of the month (-1: the last)</source>
        <translation>semaines du mois (-1 : la dernière)</translation>
    </message>
    <message>
        <source>the series&apos; last day (12 months at most)</source>
        <translation>dernier jour de la série (12 mois au plus)</translation>
    </message>
    <message>
        <source>record who came to an event</source>
        <translation>saisir qui est venu à un événement</translation>
    </message>
    <message>
        <source>the event&apos;s id</source>
        <translation>le numéro de l&apos;événement</translation>
    </message>
    <message>
        <source>NAME;First name;YYYY-MM-DD</source>
        <translation>NOM;Prénom;AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>a participant, turned into a person key at once (repeatable; not stored)</source>
        <translation>un participant, transformé aussitôt en clé personne (répétable ; non conservé)</translation>
    </message>
    <message>
        <source>the number of people who came</source>
        <translation>le nombre de personnes venues</translation>
    </message>
    <message>
        <source>a partner at a meeting</source>
        <translation>un partenaire à une réunion</translation>
    </message>
    <message>
        <source>the people a partner sent</source>
        <translation>les personnes envoyées par un partenaire</translation>
    </message>
    <message>
        <source>the partner spoke</source>
        <translation>le partenaire est intervenu</translation>
    </message>
    <message>
        <source>collective actions and partner meetings</source>
        <translation>actions collectives et réunions partenariales</translation>
    </message>
    <message>
        <source>say an event was held, or cancel it</source>
        <translation>dire qu&apos;un événement a eu lieu, ou l&apos;annuler</translation>
    </message>
    <message>
        <source>the new status</source>
        <translation>le nouveau statut</translation>
    </message>
    <message>
        <source>the sign-in sheet of an event (PDF)</source>
        <translation>la feuille d&apos;émargement d&apos;un événement (PDF)</translation>
    </message>
    <message>
        <source>the PDF file to write</source>
        <translation>le fichier PDF à écrire</translation>
    </message>
    <message>
        <source>the events of a period, one a line</source>
        <translation>les événements d&apos;une période, un par ligne</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>only this kind</source>
        <translation>seulement ce type</translation>
    </message>
    <message>
        <source>{partner}: {status}.</source>
        <translation>{partner} : {status}.</translation>
    </message>
    <message>
        <source>{count} people counted.</source>
        <translation>{count} personnes comptées.</translation>
    </message>
    <message>
        <source>{count} participant(s) listed.</source>
        <translation>{count} participant(s) inscrit(s).</translation>
    </message>
    <message>
        <source>Sign-in sheet written to {path}.</source>
        <translation>Feuille d&apos;émargement écrite dans {path}.</translation>
    </message>
    <message>
        <source>the secret of the person keys: show, export, import, settings</source>
        <translation>le secret des clés personne : afficher, exporter, importer, régler</translation>
    </message>
    <message>
        <source>print the secret&apos;s fingerprint, the keys&apos; period and their retention</source>
        <translation>afficher l&apos;empreinte du secret, la période des clés et leur durée de conservation</translation>
    </message>
    <message>
        <source>print the secret as a code, or write it to a file (administrators)</source>
        <translation>afficher le secret sous forme de code, ou l&apos;écrire dans un fichier (administrateurs)</translation>
    </message>
    <message>
        <source>the file to write, readable by its owner only</source>
        <translation>le fichier à écrire, lisible par son seul propriétaire</translation>
    </message>
    <message>
        <source>take the structure&apos;s secret from a file or a code (administrators)</source>
        <translation>prendre le secret de la structure dans un fichier ou un code (administrateurs)</translation>
    </message>
    <message>
        <source>the file another computer exported</source>
        <translation>le fichier exporté par un autre poste</translation>
    </message>
    <message>
        <source>the code another computer printed</source>
        <translation>le code affiché par un autre poste</translation>
    </message>
    <message>
        <source>a person&apos;s card (PDF): the key as a code, no name</source>
        <translation>la carte d&apos;une personne (PDF) : la clé sous forme de code, sans nom</translation>
    </message>
    <message>
        <source>birth name, first name and birth date (not stored)</source>
        <translation>nom de naissance, prénom et date de naissance (non enregistrés)</translation>
    </message>
    <message>
        <source>the code of a card printed before</source>
        <translation>le code d&apos;une carte déjà imprimée</translation>
    </message>
    <message>
        <source>the keys&apos; period and how long they are kept</source>
        <translation>la période des clés et leur durée de conservation</translation>
    </message>
    <message>
        <source>a person&apos;s key holds across years</source>
        <translation>la clé d&apos;une personne reste la même d&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <source>a new key each calendar year (the default)</source>
        <translation>une nouvelle clé à chaque année civile (par défaut)</translation>
    </message>
    <message>
        <source>months a visit keeps its key (12 to 120)</source>
        <translation>mois pendant lesquels une visite garde sa clé (12 à 120)</translation>
    </message>
    <message>
        <source>Fingerprint of the secret: {fingerprint}</source>
        <translation>Empreinte du secret : {fingerprint}</translation>
    </message>
    <message>
        <source>across years</source>
        <translation>d&apos;une année à l&apos;autre</translation>
    </message>
    <message>
        <source>one per calendar year</source>
        <translation>une par année civile</translation>
    </message>
    <message>
        <source>Person keys: {period}, kept {months} months.</source>
        <translation>Clés personne : {period}, conservées {months} mois.</translation>
    </message>
    <message>
        <source>Secret written to {path} (fingerprint {fingerprint}): keep it as a password.</source>
        <translation>Secret écrit dans {path} (empreinte {fingerprint}) : gardez-le comme un mot de passe.</translation>
    </message>
    <message>
        <source>Secret imported (fingerprint {fingerprint}): compare it with the other computers&apos;.</source>
        <translation>Secret importé (empreinte {fingerprint}) : comparez-la avec celle des autres postes.</translation>
    </message>
    <message>
        <source>Card written to {path}.</source>
        <translation>Carte écrite dans {path}.</translation>
    </message>
    <message>
        <source>paper tally sheets: print one, enter what it counted</source>
        <translation>feuilles de comptage papier : en imprimer une, saisir ce qu&apos;elle a compté</translation>
    </message>
    <message>
        <source>enter the counts of a paper tally sheet (beside the visits logged that day)</source>
        <translation>saisir les comptes d&apos;une feuille papier (en plus des visites enregistrées ce jour-là)</translation>
    </message>
    <message>
        <source>the day the sheet counted</source>
        <translation>le jour compté par la feuille</translation>
    </message>
    <message>
        <source>a category code and its count</source>
        <translation>un code de motif et son nombre</translation>
    </message>
    <message>
        <source>the sheet counted the morning or the afternoon only (default: the whole day)</source>
        <translation>la feuille n&apos;a compté que le matin ou l&apos;après-midi (par défaut : toute la journée)</translation>
    </message>
    <message>
        <source>the Maison was closed that day and received visitors all the same</source>
        <translation>la Maison était fermée ce jour-là et a tout de même reçu du public</translation>
    </message>
    <message>
        <source>print the paper counts of a day</source>
        <translation>afficher les comptes papier d&apos;un jour</translation>
    </message>
    <message>
        <source>the day</source>
        <translation>le jour</translation>
    </message>
    <message>
        <source>the paper tally sheet of a day (PDF)</source>
        <translation>la feuille de comptage papier d&apos;un jour (PDF)</translation>
    </message>
    <message>
        <source>{count} visit(s) counted on paper entered for {day}, besides {live} logged live.</source>
        <translation>{count} visite(s) comptée(s) sur papier saisie(s) pour le {day}, en plus des {live} enregistrée(s) à l&apos;accueil.</translation>
    </message>
    <message>
        <source>logged live</source>
        <translation>enregistrées à l&apos;accueil</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <source>Tally sheet written to {path}.</source>
        <translation>Feuille de comptage écrite dans {path}.</translation>
    </message>
</context>
<context>
    <name>ClosuresDialog</name>
    <message>
        <source>Closure days</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>for example: building closed, summer week</source>
        <translation>par exemple : bâtiment fermé, semaine d&apos;été</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>The morning (until 13:00)</source>
        <translation>Le matin (jusqu&apos;à 13:00)</translation>
    </message>
    <message>
        <source>The afternoon (from 13:00)</source>
        <translation>L&apos;après-midi (à partir de 13:00)</translation>
    </message>
    <message>
        <source>From one time to another</source>
        <translation>D&apos;une heure à une autre</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Add the closure</source>
        <translation>&amp;Ajouter la fermeture</translation>
    </message>
    <message>
        <source>&amp;Remove the selected closure</source>
        <translation>&amp;Retirer la fermeture choisie</translation>
    </message>
    <message>
        <source>French public holidays close the Maison without being entered here.</source>
        <translation>Les jours fériés ferment la Maison sans qu&apos;il faille les saisir ici.</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Closed</source>
        <translation>F&amp;ermé</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>à partir de {start}</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>Add the closure?</source>
        <translation>Ajouter la fermeture ?</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
</context>
<context>
    <name>CountsGrid</name>
    <message>
        <source>Counts not saved</source>
        <translation>Comptes non enregistrés</translation>
    </message>
    <message>
        <source>The counts typed are not saved. Leave them unsaved?</source>
        <translation>Les comptes saisis ne sont pas enregistrés. Les abandonner ?</translation>
    </message>
</context>
<context>
    <name>Coverage</name>
    <message>
        <source>this desk</source>
        <translation>ce poste</translation>
    </message>
    <message>
        <source>nothing received yet</source>
        <translation>rien reçu encore</translation>
    </message>
    <message>
        <source>synced on {date} at {time}</source>
        <translation>synchronisé le {date} à {time}</translation>
    </message>
    <message>
        <source>Desks included: {desks}</source>
        <translation>Postes inclus : {desks}</translation>
    </message>
</context>
<context>
    <name>CoverageLine</name>
    <message>
        <source>Every &amp;Maison of the hub</source>
        <translation>Toutes les &amp;Maisons du hub</translation>
    </message>
    <message>
        <source>The figures of every Maison, computed on the hub (it must answer).</source>
        <translation>Les chiffres de toutes les Maisons, calculés sur le hub (il doit répondre).</translation>
    </message>
    <message>
        <source>Every Maison of the hub, computed on the hub.</source>
        <translation>Toutes les Maisons du hub, chiffres calculés sur le hub.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong in Maison de la Solidarité. What was saved before stays saved. You can save a report for the person who looks after the application: it holds the version and the technical details, and no personal data.</source>
        <translation>Quelque chose s&apos;est mal passé dans Maison de la Solidarité. Ce qui était enregistré le reste. Vous pouvez enregistrer un rapport pour la personne qui s&apos;occupe de l&apos;application : il contient la version et les détails techniques, sans aucune donnée personnelle.</translation>
    </message>
    <message>
        <source>The error is also written in {path}.</source>
        <translation>L&apos;erreur est aussi écrite dans {path}.</translation>
    </message>
    <message>
        <source>&amp;Save a report…</source>
        <translation>&amp;Enregistrer un rapport…</translation>
    </message>
    <message>
        <source>Save a report</source>
        <translation>Enregistrer un rapport</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Start empty to log real visits from today. Demonstration data (eighteen partners, a rota and three years of invented visits) lets you try the application first. It is fictitious: use it to learn or to train, on a desk that does not serve the public.</source>
        <translation>Commencez à vide pour compter de vrais passages dès aujourd&apos;hui. Les données de démonstration (dix-huit partenaires, un planning et trois ans de passages inventés) permettent d&apos;essayer d&apos;abord l&apos;application. Elles sont fictives : servez-vous-en pour apprendre ou pour former, sur un poste qui ne reçoit pas le public.</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Commencer à &amp;vide</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <source>Profile fields recorded at the reception (all optional)</source>
        <translation>Profil noté à l&apos;accueil (toujours facultatif)</translation>
    </message>
    <message>
        <source>&amp;First visit or known visitor</source>
        <translation>Première &amp;venue ou personne connue</translation>
    </message>
    <message>
        <source>A&amp;ge band</source>
        <translation>&amp;Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Neigh&amp;bourhood</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>Retention periods</source>
        <translation>Durées de conservation</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message>
        <source>Session: {login} ({role}) · Desk: {desk}</source>
        <translation>Session : {login} ({role}) · Poste : {desk}</translation>
    </message>
    <message>
        <source>Person logged in and desk</source>
        <translation>Personne connectée et poste</translation>
    </message>
</context>
<context>
    <name>DeskTab</name>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Beside the database</source>
        <translation>À côté de la base de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Hub and desks…</source>
        <translation>&amp;Hub et postes…</translation>
    </message>
    <message>
        <source>The language and the text size apply to this computer, and the window opens again with them.</source>
        <translation>La langue et la taille du texte valent pour cet ordinateur ; la fenêtre se rouvre aussitôt avec elles.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Verrouiller l&apos;écran après :</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>Dossier des sauve&amp;gardes :</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Known visitor</source>
        <translation>Déjà venu(e)</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Heure</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Othe&amp;r requests</source>
        <translation>A&amp;utres motifs</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Out&amp;come</source>
        <translation>&amp;Suite donnée</translation>
    </message>
    <message>
        <source>&amp;Oriented to</source>
        <translation>&amp;Orienté vers</translation>
    </message>
    <message>
        <source>First &amp;visit</source>
        <translation>&amp;Première visite</translation>
    </message>
    <message>
        <source>A&amp;ge band</source>
        <translation>&amp;Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Neigh&amp;bourhood</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Person &amp;key</source>
        <translation>Clé p&amp;ersonne</translation>
    </message>
    <message>
        <source>No visit selected: press a category key to log one.</source>
        <translation>Aucune visite choisie : appuyez sur la touche d&apos;une catégorie pour en enregistrer une.</translation>
    </message>
    <message>
        <source>Visit at {time}: {category}</source>
        <translation>Visite de {time} : {category}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>None, or type another name</source>
        <translation>Aucun, ou tapez un autre nom</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>+%n motif</numerusform>
            <numerusform>+%n motifs</numerusform>
        </translation>
    </message>
    <message>
        <source>{day} {time}, {office}</source>
        <translation>{day} {time}, {office}</translation>
    </message>
    <message>
        <source>no permanence planned</source>
        <translation>pas de permanence prévue</translation>
    </message>
    <message>
        <source>Orient to (key on the pad):</source>
        <translation>Orienter vers (touche du pavé) :</translation>
    </message>
</context>
<context>
    <name>DirectoryView</name>
    <message>
        <source>Search a partner, a need, a condition… (for example: santé, sans papiers)</source>
        <translation>Chercher un partenaire, un besoin, une condition… (par exemple : santé, sans papiers)</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Chercher dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Partners found</source>
        <translation>Partenaires trouvés</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Sur rendez-vous uniquement</translation>
    </message>
    <message>
        <source>Takes appointments at the Maison</source>
        <translation>Prend des rendez-vous à la Maison</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Âge minimum</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Âge maximum</translation>
    </message>
    <message>
        <source>&amp;Save the sheet</source>
        <translation>&amp;Enregistrer la fiche</translation>
    </message>
    <message>
        <source>&amp;New sheet</source>
        <translation>&amp;Nouvelle fiche</translation>
    </message>
    <message>
        <source>Book an &amp;appointment…</source>
        <translation>Prendre un rende&amp;z-vous…</translation>
    </message>
    <message>
        <source>Today&apos;s appointments (P&amp;DF)…</source>
        <translation>Rendez-vous du &amp;jour (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Guide to the permanences (PDF)…</source>
        <translation>&amp;Guide des permanences (PDF)…</translation>
    </message>
    <message>
        <source>I&amp;mport (CSV)…</source>
        <translation>I&amp;mporter (CSV)…</translation>
    </message>
    <message>
        <source>E&amp;xport (CSV)…</source>
        <translation>E&amp;xporter (CSV)…</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce qu&apos;il propose</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Referent&apos;s phone</source>
        <translation>Téléphone du référent</translation>
    </message>
    <message>
        <source>Referent&apos;s e-mail</source>
        <translation>Courriel du référent</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Hours elsewhere</source>
        <translation>Horaires ailleurs</translation>
    </message>
    <message>
        <source>Requests handled</source>
        <translation>Motifs traités</translation>
    </message>
    <message>
        <source>Without residence papers</source>
        <translation>Sans titre de séjour</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Writing the appointments of the day…</source>
        <translation>Écriture des rendez-vous du jour…</translation>
    </message>
    <message>
        <source>Writing the guide…</source>
        <translation>Écriture du guide…</translation>
    </message>
    <message>
        <source>Guide to the permanences</source>
        <translation>Guide des permanences</translation>
    </message>
    <message>
        <source>Exporting the directory…</source>
        <translation>Export de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Exporter l&apos;annuaire</translation>
    </message>
    <message>
        <source>Importing the directory…</source>
        <translation>Import de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Importer l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>&quot;{value}&quot; is not a date (expected for example 2026-03-14).</source>
        <translation>« {value} » n&apos;est pas une date (attendu par exemple 2026-03-14).</translation>
    </message>
    <message>
        <source>Use pg_dump to back up a PostgreSQL database.</source>
        <translation>Utilisez pg_dump pour sauvegarder une base PostgreSQL.</translation>
    </message>
    <message>
        <source>Name the file of the copy once, with -o.</source>
        <translation>Indiquez le fichier de la copie une seule fois, avec -o.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a week (expected for example 2026-W48).</source>
        <translation>« {value} » n&apos;est pas une semaine (attendu par exemple 2026-W48).</translation>
    </message>
    <message>
        <source>The database {where} is in use by another program and did not become free in time. Close the other program or try again in a moment.</source>
        <translation>La base de données {where} est utilisée par un autre programme et ne s&apos;est pas libérée à temps. Fermez l&apos;autre programme ou réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The file {where} is not a Maison de la Solidarité database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>Le fichier {where} n&apos;est pas une base Maison de la Solidarité, ou il est endommagé. Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full: nothing was saved. Free some space, then try again.</source>
        <translation>Le disque qui contient {where} est plein : rien n&apos;a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {where} could not be read or written (an input/output error): nothing was saved. Check the disk or the USB key, then try again.</source>
        <translation>Le disque qui contient {where} n&apos;a pas pu être lu ou écrit (erreur d&apos;entrée-sortie) : rien n&apos;a été enregistré. Vérifiez le disque ou la clé USB, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {where} cannot be written. Check that the folder exists and that you may write in it.</source>
        <translation>La base de données {where} ne peut pas être écrite. Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The database server {where} refused this operation ({detail}): the account in the database address lacks the right, or the server only accepts reading. Ask the person who looks after the server.</source>
        <translation>Le serveur de base de données {where} a refusé cette opération ({detail}) : le compte indiqué dans l&apos;adresse de la base n&apos;en a pas le droit, ou le serveur n&apos;accepte que la lecture. Adressez-vous à la personne qui s&apos;occupe du serveur.</translation>
    </message>
    <message>
        <source>The database server {where} cannot be reached or refused the connection ({detail}). Check that it is running and that the network, the user, the password and the database name are right.</source>
        <translation>Le serveur de base de données {where} est injoignable ou a refusé la connexion ({detail}). Vérifiez qu&apos;il fonctionne, ainsi que le réseau, l&apos;utilisateur, le mot de passe et le nom de la base.</translation>
    </message>
    <message>
        <source>The database {where} could not be used: {detail}</source>
        <translation>La base de données {where} n&apos;a pas pu être utilisée : {detail}</translation>
    </message>
    <message>
        <source>The database {where} is on a network share ({kind}). SQLite cannot lock a file there safely, and two desks could damage it: keep the file on this computer, or give the desks a PostgreSQL database (--db postgresql+psycopg://...).</source>
        <translation>La base de données {where} est sur un partage réseau ({kind}). SQLite ne peut pas y verrouiller un fichier de façon sûre, et deux postes pourraient l&apos;endommager : gardez le fichier sur cet ordinateur, ou donnez aux postes une base PostgreSQL (--db postgresql+psycopg://...).</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist, so there is no database {where}. Check the path given with --db or MAISON_SOLIDARITE_DB.</source>
        <translation>Le dossier {folder} n&apos;existe pas : il n&apos;y a donc pas de base {where}. Vérifiez le chemin donné par --db ou MAISON_SOLIDARITE_DB.</translation>
    </message>
    <message>
        <source>There is no database {where}. Check the path, or create a new database there with &quot;db upgrade&quot;.</source>
        <translation>Il n&apos;y a pas de base {where}. Vérifiez le chemin, ou créez-y une nouvelle base avec « db upgrade ».</translation>
    </message>
    <message>
        <source>The file {where} is empty: it holds no Maison de la Solidarité database. Check the path, or make it a new database with &quot;db upgrade&quot;.</source>
        <translation>Le fichier {where} est vide : il ne contient pas de base Maison de la Solidarité. Vérifiez le chemin, ou faites-en une nouvelle base avec « db upgrade ».</translation>
    </message>
    <message>
        <source>The database {where} was written by a newer version of Maison de la Solidarité (schema {revision}). It was left untouched: install the newer version to open it.</source>
        <translation>La base de données {where} a été écrite par une version plus récente de Maison de la Solidarité (schéma {revision}). Elle n&apos;a pas été modifiée : installez la version plus récente pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The database {where} is damaged ({detail}). Restore a backup with &quot;db restore FILE&quot;.</source>
        <translation>La base {where} est endommagée ({detail}). Restaurez une sauvegarde avec « db restore FICHIER ».</translation>
    </message>
    <message>
        <source>A category needs a label.</source>
        <translation>Une catégorie doit avoir un libellé.</translation>
    </message>
    <message>
        <source>A category label has at most {max} characters.</source>
        <translation>Le libellé d&apos;une catégorie a {max} caractères au plus.</translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is not valid: use lower-case letters, digits and _ (32 at most).</source>
        <translation>Le code « {code} » n&apos;est pas valide : utilisez des lettres minuscules, des chiffres et _ (32 au plus).</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>Import refused, nothing was imported: {count} invalid line(s).</source>
        <translation>Import refusé, rien n&apos;a été importé : {count} ligne(s) invalide(s).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date and time (expected for example 2026-03-14T09:30).</source>
        <translation>« {value} » n&apos;est pas une date et une heure (attendu par exemple 2026-03-14T09:30).</translation>
    </message>
    <message>
        <source>The visit time {at} is in the future: a visit is logged once it has happened.</source>
        <translation>L&apos;heure de visite {at} est dans le futur : une visite s&apos;enregistre une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>The visit date {at} is too far in the past.</source>
        <translation>La date de visite {at} est trop ancienne.</translation>
    </message>
    <message>
        <source>The note has {length} characters; {max} at most are allowed.</source>
        <translation>La note fait {length} caractères ; {max} au plus sont permis.</translation>
    </message>
    <message>
        <source>A neighbourhood has at most {max} characters.</source>
        <translation>Un quartier a {max} caractères au plus.</translation>
    </message>
    <message>
        <source>The list holds at most {max} neighbourhoods.</source>
        <translation>La liste compte au plus {max} quartiers.</translation>
    </message>
    <message>
        <source>A visit has at most {max} secondary categories.</source>
        <translation>Une visite a {max} motifs secondaires au plus.</translation>
    </message>
    <message>
        <source>Unknown channel &quot;{value}&quot; (expected: walk_in, phone, email or appointment).</source>
        <translation>Canal inconnu « {value} » (attendu : sur place, téléphone, courriel ou rendez-vous).</translation>
    </message>
    <message>
        <source>There is no category number {id}.</source>
        <translation>Il n&apos;y a pas de catégorie numéro {id}.</translation>
    </message>
    <message>
        <source>Unknown category &quot;{value}&quot;.</source>
        <translation>Catégorie inconnue « {value} ».</translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is already used by another category.</source>
        <translation>Le code « {code} » est déjà utilisé par une autre catégorie.</translation>
    </message>
    <message>
        <source>A category is already called &quot;{label}&quot;.</source>
        <translation>Une catégorie s&apos;appelle déjà « {label} ».</translation>
    </message>
    <message>
        <source>The new order must list every category once.</source>
        <translation>Le nouvel ordre doit citer chaque catégorie une fois.</translation>
    </message>
    <message>
        <source>The category &quot;{label}&quot; is used by recorded visits, so it cannot be deleted: switch it off instead, and past statistics keep their meaning.</source>
        <translation>La catégorie « {label} » est utilisée par des visites enregistrées : elle ne peut pas être supprimée. Désactivez-la ; les statistiques passées gardent ainsi leur sens.</translation>
    </message>
    <message>
        <source>Contacts are kept from 1 to 365 days.</source>
        <translation>Les coordonnées sont gardées de 1 à 365 jours.</translation>
    </message>
    <message>
        <source>There is no partner number {id}.</source>
        <translation>Il n&apos;y a pas de partenaire numéro {id}.</translation>
    </message>
    <message>
        <source>{partner} does not take appointments at the Maison.</source>
        <translation>{partner} ne prend pas de rendez-vous à la Maison.</translation>
    </message>
    <message>
        <source>{partner} holds no permanence on {date} in which to book.</source>
        <translation>{partner} ne tient pas de permanence le {date} où prendre rendez-vous.</translation>
    </message>
    <message>
        <source>The permanence of {partner} on {date} is full: choose another day.</source>
        <translation>La permanence de {partner} du {date} est complète : choisissez un autre jour.</translation>
    </message>
    <message>
        <source>{time} is not a slot of the permanence of {partner} ({start}–{end}).</source>
        <translation>{time} n&apos;est pas un créneau de la permanence de {partner} ({start}–{end}).</translation>
    </message>
    <message>
        <source>The slot at {time} is already taken.</source>
        <translation>Le créneau de {time} est déjà pris.</translation>
    </message>
    <message>
        <source>There is no appointment number {id}.</source>
        <translation>Il n&apos;y a pas de rendez-vous numéro {id}.</translation>
    </message>
    <message>
        <source>Unknown partner &quot;{value}&quot;.</source>
        <translation>Partenaire inconnu « {value} ».</translation>
    </message>
    <message>
        <source>The category &quot;{label}&quot; is switched off: choose another one.</source>
        <translation>La catégorie « {label} » est désactivée : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>There is no visit with the id {uid}.</source>
        <translation>Il n&apos;y a pas de visite d&apos;identifiant {uid}.</translation>
    </message>
    <message>
        <source>The file {path} is not in an encoding the import reads. Save it as CSV in UTF-8 or Windows-1252, then import it again.</source>
        <translation>Le fichier {path} n&apos;est pas dans un encodage que l&apos;import sait lire. Enregistrez-le en CSV UTF-8 ou Windows-1252, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file {path} is larger than {max} MB.</source>
        <translation>Le fichier {path} dépasse {max} Mo.</translation>
    </message>
    <message>
        <source>Another partner already has the acronym &quot;{acronym}&quot;.</source>
        <translation>Un autre partenaire a déjà le sigle « {acronym} ».</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}</source>
        <translation>Le fichier {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>The first line of the file must name the column &quot;{column}&quot;.</source>
        <translation>La première ligne du fichier doit nommer la colonne « {column} ».</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not yes or no (oui or non).</source>
        <translation>« {value} » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a whole number.</source>
        <translation>« {value} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>Unknown column &quot;{column}&quot; in the first line of the file.</source>
        <translation>Colonne inconnue « {column} » dans la première ligne du fichier.</translation>
    </message>
    <message>
        <source>The first line of the file must name the columns; &quot;{missing}&quot; is missing (expected: Date;Heure;Motif, or date;time;category, then the other columns of an export).</source>
        <translation>La première ligne du fichier doit nommer les colonnes ; « {missing} » manque (attendu : Date;Heure;Motif, ou date;time;category, puis les autres colonnes d&apos;un export).</translation>
    </message>
    <message>
        <source>The column &quot;{column}&quot; appears twice.</source>
        <translation>La colonne « {column} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>Unknown outcome &quot;{value}&quot; (expected: answered, oriented or appointment).</source>
        <translation>Suite donnée inconnue « {value} » (attendu : réponse à l&apos;accueil, orienté ou rendez-vous donné).</translation>
    </message>
    <message>
        <source>Unknown age band &quot;{value}&quot; (expected: under_25, 25_39, 40_59 or 60_plus).</source>
        <translation>Tranche d&apos;âge inconnue « {value} » (attendu : moins de 25 ans, 25 à 39 ans, 40 à 59 ans ou 60 ans et plus).</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Import it again: the visits already imported will be recognised.</source>
        <translation>Le fichier a changé pendant son import. Importez-le à nouveau : les visites déjà importées seront reconnues.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>malformed line ({reason})</source>
        <translation>ligne mal formée ({reason})</translation>
    </message>
    <message>
        <source>The file has a header line but no visit.</source>
        <translation>Le fichier a une ligne d&apos;en-tête mais aucune visite.</translation>
    </message>
    <message>
        <source>{found} columns instead of {expected}</source>
        <translation>{found} colonnes au lieu de {expected}</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a visit id.</source>
        <translation>« {value} » n&apos;est pas un identifiant de visite.</translation>
    </message>
    <message>
        <source>the id {value} appears twice in the file.</source>
        <translation>l&apos;identifiant {value} apparaît deux fois dans le fichier.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The file {path} cannot be written: {reason}</source>
        <translation>Le fichier {path} ne peut pas être écrit : {reason}</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may change the rota.</source>
        <translation>Seule une coordinatrice ou un administrateur peut modifier le planning.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may change the partner directory.</source>
        <translation>Seule une coordinatrice ou un administrateur peut modifier l&apos;annuaire des partenaires.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may change the request categories.</source>
        <translation>Seule une coordinatrice ou un administrateur peut modifier les catégories de demande.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may read the visits of every day and every desk.</source>
        <translation>Seule une coordinatrice ou un administrateur peut consulter les visites de tous les jours et de tous les postes.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may read and print the statistics.</source>
        <translation>Seule une coordinatrice ou un administrateur peut consulter et imprimer les statistiques.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may export the visits.</source>
        <translation>Seule une coordinatrice ou un administrateur peut exporter les visites.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may import visits.</source>
        <translation>Seule une coordinatrice ou un administrateur peut importer des visites.</translation>
    </message>
    <message>
        <source>Only a coordinator or an administrator may read the audit trail.</source>
        <translation>Seule une coordinatrice ou un administrateur peut consulter le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Only an administrator may change the settings.</source>
        <translation>Seul un administrateur peut modifier les réglages.</translation>
    </message>
    <message>
        <source>Only an administrator may back up or restore the database.</source>
        <translation>Seul un administrateur peut sauvegarder ou restaurer la base.</translation>
    </message>
    <message>
        <source>Only an administrator may purge data.</source>
        <translation>Seul un administrateur peut purger des données.</translation>
    </message>
    <message>
        <source>Only an administrator may load demonstration data.</source>
        <translation>Seul un administrateur peut charger les données de démonstration.</translation>
    </message>
    <message>
        <source>Only an administrator may manage the accounts.</source>
        <translation>Seul un administrateur peut gérer les comptes.</translation>
    </message>
    <message>
        <source>Only an administrator may join this desk to a hub or leave it.</source>
        <translation>Seul un administrateur peut joindre ce poste à un hub ou l&apos;en retirer.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>A permanence cannot last zero minutes: give an end after the start.</source>
        <translation>Une permanence ne peut pas durer zéro minute : indiquez une fin après le début.</translation>
    </message>
    <message>
        <source>The permanence ends ({end}) before it starts ({start}).</source>
        <translation>La permanence se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The permanence ends on {until}, before its first day {start}.</source>
        <translation>La permanence se termine le {until}, avant son premier jour, le {start}.</translation>
    </message>
    <message>
        <source>The number of weeks must be between 1 and 52.</source>
        <translation>Le nombre de semaines doit être compris entre 1 et 52.</translation>
    </message>
    <message>
        <source>Choose at least one week of the month (1st, 2nd, ... or last).</source>
        <translation>Choisissez au moins une semaine du mois (1re, 2e… ou dernière).</translation>
    </message>
    <message>
        <source>A week of the month is 1 to 5, or the last.</source>
        <translation>Une semaine du mois va de 1 à 5, ou est la dernière.</translation>
    </message>
    <message>
        <source>Give at least one date for a one-off permanence.</source>
        <translation>Indiquez au moins une date pour une permanence ponctuelle.</translation>
    </message>
    <message>
        <source>The weekday must be between Monday and Sunday.</source>
        <translation>Le jour doit être compris entre lundi et dimanche.</translation>
    </message>
    <message>
        <source>This recurrence never happens between the first and the last day.</source>
        <translation>Cette récurrence ne tombe jamais entre le premier et le dernier jour.</translation>
    </message>
    <message>
        <source>{start}–{end} on {weekday} is outside the opening hours of the Maison.</source>
        <translation>{start}–{end} le {weekday} est en dehors des heures d&apos;ouverture de la Maison.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time span (expected for example 09:00-12:00).</source>
        <translation>« {value} » n&apos;est pas une plage horaire (attendu par exemple 09:00-12:00).</translation>
    </message>
    <message>
        <source>The Maison is closed on {date} ({reason}): choose another day.</source>
        <translation>La Maison est fermée le {date} ({reason}) : choisissez un autre jour.</translation>
    </message>
    <message>
        <source>The Maison is closed for part of {date} ({reason}): choose other times or another day.</source>
        <translation>La Maison est fermée une partie du {date} ({reason}) : choisissez d&apos;autres heures ou un autre jour.</translation>
    </message>
    <message>
        <source>The permanence of {date} was cancelled or the Maison was closed: it cannot be marked as not held.</source>
        <translation>La permanence du {date} a été annulée ou la Maison était fermée : elle ne peut pas être notée comme non tenue.</translation>
    </message>
    <message>
        <source>The permanence of {date} at {start} has not begun yet: say that the partner did not come once it has.</source>
        <translation>La permanence du {date} à {start} n&apos;a pas encore commencé : indiquez que le partenaire n&apos;est pas venu une fois qu&apos;elle a commencé.</translation>
    </message>
    <message>
        <source>The closure ends at {end}, not after it starts at {start}.</source>
        <translation>La fermeture se termine à {end}, pas après son début à {start}.</translation>
    </message>
    <message>
        <source>A closure needs a reason of 1 to {max} characters.</source>
        <translation>Une fermeture a besoin d&apos;un motif de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>The closure ends ({end}) before it starts ({start}).</source>
        <translation>La fermeture se termine ({end}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>There is no closure number {id}.</source>
        <translation>Il n&apos;y a pas de fermeture numéro {id}.</translation>
    </message>
    <message>
        <source>The opening hours of {weekday} overlap each other.</source>
        <translation>Les heures d&apos;ouverture du {weekday} se chevauchent.</translation>
    </message>
    <message>
        <source>{office} still holds permanences (the next on {date}): move them before closing it.</source>
        <translation>{office} accueille encore des permanences (la prochaine le {date}) : déplacez-les avant de le fermer.</translation>
    </message>
    <message>
        <source>An office needs a name of 1 to 60 characters.</source>
        <translation>Un bureau a besoin d&apos;un nom de 1 à 60 caractères.</translation>
    </message>
    <message>
        <source>Name at least one permanence office.</source>
        <translation>Nommez au moins un bureau de permanence.</translation>
    </message>
    <message>
        <source>An office is already called &quot;{name}&quot;.</source>
        <translation>Un bureau s&apos;appelle déjà « {name} ».</translation>
    </message>
    <message>
        <source>There is no permanence number {id}.</source>
        <translation>Il n&apos;y a pas de permanence numéro {id}.</translation>
    </message>
    <message>
        <source>There is no event number {id}.</source>
        <translation>Il n&apos;y a pas d&apos;événement numéro {id}.</translation>
    </message>
    <message>
        <source>There is no office number {id}.</source>
        <translation>Il n&apos;y a pas de bureau numéro {id}.</translation>
    </message>
    <message>
        <source>The office {office} is taken on {date} from {start} to {end} by {other}. Nothing was saved.</source>
        <translation>Le bureau {office} est occupé le {date} de {start} à {end} par {other}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>These opening hours would leave the permanence of {partner} ({weekday}, {start}–{end}) outside them. Move it first.</source>
        <translation>Ces heures d&apos;ouverture laisseraient la permanence de {partner} ({weekday}, {start}–{end}) en dehors. Déplacez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The office &quot;{name}&quot; is closed: choose another one.</source>
        <translation>Le bureau « {name} » est fermé : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This permanence does not take place on {date}.</source>
        <translation>Cette permanence n&apos;a pas lieu le {date}.</translation>
    </message>
    <message>
        <source>{candidate} overlaps {other} in the same office, first on {weekday} {date}. Nothing was changed.</source>
        <translation>{candidate} chevauche {other} dans le même bureau, pour la première fois le {weekday} {date}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{candidate} and {other} would put the same organisation in two offices at once, first on {weekday} {date}. Nothing was changed.</source>
        <translation>{candidate} et {other} mettraient le même partenaire dans deux bureaux à la fois, pour la première fois le {weekday} {date}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Tick at least one week of the month. Nothing was saved.</source>
        <translation>Cochez au moins une semaine du mois. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (expected for example 14/03/2027).</source>
        <translation>« {value} » n&apos;est pas une date (attendu par exemple 14/03/2027).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a month (expected for example 2026-11).</source>
        <translation>« {value} » n&apos;est pas un mois (attendu par exemple 2026-11).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a year (expected for example 2026).</source>
        <translation>« {value} » n&apos;est pas une année (attendu par exemple 2026).</translation>
    </message>
    <message>
        <source>The print system did not answer ({detail}). The PDF is saved: {path}</source>
        <translation>Le système d&apos;impression n&apos;a pas répondu ({detail}). Le PDF est enregistré : {path}</translation>
    </message>
    <message>
        <source>The printer {printer} refused the document ({detail}). The PDF is saved: {path}</source>
        <translation>L&apos;imprimante {printer} a refusé le document ({detail}). Le PDF est enregistré : {path}</translation>
    </message>
    <message>
        <source>No print system was found on this computer (CUPS on Linux). The PDF is saved: {path}</source>
        <translation>Aucun système d&apos;impression n&apos;a été trouvé sur cet ordinateur (CUPS sous Linux). Le PDF est enregistré : {path}</translation>
    </message>
    <message>
        <source>The annual review is written as .pdf or .xlsx, not &quot;{suffix}&quot;.</source>
        <translation>Le bilan annuel s&apos;écrit en .pdf ou en .xlsx, pas en « {suffix} ».</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a French phone number (ten digits, for example 03 80 12 34 56).</source>
        <translation>« {value} » n&apos;est pas un numéro de téléphone français (dix chiffres, par exemple 03 80 12 34 56).</translation>
    </message>
    <message>
        <source>A partner needs an acronym of 1 to 32 characters.</source>
        <translation>Un partenaire a besoin d&apos;un sigle de 1 à 32 caractères.</translation>
    </message>
    <message>
        <source>A partner needs a name of 1 to 120 characters.</source>
        <translation>Un partenaire a besoin d&apos;un nom de 1 à 120 caractères.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a colour (expected for example #1f77b4).</source>
        <translation>« {value} » n&apos;est pas une couleur (attendu par exemple #1f77b4).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not an e-mail address.</source>
        <translation>« {value} » n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>An age limit is between 0 and 120.</source>
        <translation>Une limite d&apos;âge est comprise entre 0 et 120.</translation>
    </message>
    <message>
        <source>The minimum age is above the maximum age.</source>
        <translation>L&apos;âge minimum dépasse l&apos;âge maximum.</translation>
    </message>
    <message>
        <source>An appointment slot lasts 10 to 240 minutes.</source>
        <translation>Un créneau de rendez-vous dure de 10 à 240 minutes.</translation>
    </message>
    <message>
        <source>Initials are 1 to 5 letters, for example M.D.</source>
        <translation>Les initiales font 1 à 5 lettres, par exemple M.D.</translation>
    </message>
    <message>
        <source>Give either a first name and a phone number, or initials only.</source>
        <translation>Indiquez soit un prénom et un numéro de téléphone, soit des initiales seulement.</translation>
    </message>
    <message>
        <source>A first name has at most 40 characters.</source>
        <translation>Un prénom a 40 caractères au plus.</translation>
    </message>
    <message>
        <source>Notes are kept from 7 to 730 days.</source>
        <translation>Les notes sont gardées de 7 à 730 jours.</translation>
    </message>
    <message>
        <source>The audit trail is kept from 6 to 36 months.</source>
        <translation>Le journal d&apos;audit est conservé de 6 à 36 mois.</translation>
    </message>
    <message>
        <source>The backup folder {folder} does not exist: plug in the key or the share, or choose another folder.</source>
        <translation>Le dossier de sauvegarde {folder} n&apos;existe pas : branchez la clé ou le partage, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot take files: choose a folder you may write to.</source>
        <translation>Le dossier {folder} ne peut pas recevoir de fichiers : choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: nothing was written. Choose a folder that exists.</source>
        <translation>Le dossier {folder} n&apos;existe pas : rien n&apos;a été écrit. Choisissez un dossier qui existe.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the database {path} itself: choose another file.</source>
        <translation>Une sauvegarde ne peut pas être écrite sur la base {path} elle-même : choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The file {path} is not a Maison de la Solidarité database, or it is damaged. Choose another file or restore a backup.</source>
        <translation>Le fichier {path} n&apos;est pas une base Maison de la Solidarité, ou il est endommagé. Choisissez un autre fichier ou restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}): choose another one.</source>
        <translation>La sauvegarde {path} est endommagée ({detail}) : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>The backup {path} comes from a newer version of Maison de la Solidarité (schema {revision}): install it first.</source>
        <translation>La sauvegarde {path} vient d&apos;une version plus récente de Maison de la Solidarité (schéma {revision}) : installez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>The database {path} is not at this version&apos;s schema: run &quot;db upgrade&quot; first, then restore.</source>
        <translation>La base {path} n&apos;est pas au schéma de cette version : lancez d&apos;abord « db upgrade », puis restaurez.</translation>
    </message>
    <message>
        <source>Only a database file can be restored from a copy.</source>
        <translation>Seul un fichier de base de données peut être restauré depuis une copie.</translation>
    </message>
    <message>
        <source>The password must not contain the login.</source>
        <translation>Le mot de passe ne doit pas contenir l&apos;identifiant.</translation>
    </message>
    <message>
        <source>The password needs at least 12 characters with a capital letter, a small letter, a digit and a special character, or a phrase of at least 7 words.</source>
        <translation>Le mot de passe doit compter au moins 12 caractères avec une majuscule, une minuscule, un chiffre et un caractère spécial, ou être une phrase d&apos;au moins 7 mots.</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Les deux mots de passe diffèrent : saisissez-les à nouveau.</translation>
    </message>
    <message>
        <source>A login has 2 to 32 characters: small letters without accents, digits, dot, dash or underscore.</source>
        <translation>Un identifiant compte de 2 à 32 caractères : minuscules sans accents, chiffres, point, tiret ou tiret bas.</translation>
    </message>
    <message>
        <source>There is no account with the login {login}.</source>
        <translation>Il n&apos;y a pas de compte avec l&apos;identifiant {login}.</translation>
    </message>
    <message>
        <source>An administrator account exists already: log in with it.</source>
        <translation>Un compte administrateur existe déjà : connectez-vous avec lui.</translation>
    </message>
    <message>
        <source>The login {login} is taken: choose another.</source>
        <translation>L&apos;identifiant {login} est déjà pris : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is no account number {id}.</source>
        <translation>Il n&apos;y a pas de compte numéro {id}.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>You cannot switch off your own account or change its role: ask another administrator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte ni changer son rôle : demandez à un autre administrateur.</translation>
    </message>
    <message>
        <source>This account is switched off: ask an administrator.</source>
        <translation>Ce compte est désactivé : adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This account is locked after {count} failed logins: ask an administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après {count} échecs de connexion : demandez à un administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>Too many failed logins: try again in {seconds} s.</source>
        <translation>Trop d&apos;échecs de connexion : réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <source>Give the structure&apos;s name: it heads every printed sheet.</source>
        <translation>Indiquez le nom de la structure : il figure en tête de chaque feuille imprimée.</translation>
    </message>
    <message>
        <source>The structure&apos;s name is {length} characters long: {limit} at most.</source>
        <translation>Le nom de la structure compte {length} caractères : {limit} au plus.</translation>
    </message>
    <message>
        <source>The address takes {lines} lines of {width} characters at most.</source>
        <translation>L&apos;adresse tient en {lines} lignes de {width} caractères au plus.</translation>
    </message>
    <message>
        <source>Give the {what} a name of 1 to {limit} characters.</source>
        <translation>Donnez au {what} un nom de 1 à {limit} caractères.</translation>
    </message>
    <message>
        <source>This desk has not joined a hub. Join one with &quot;hub join URL --desk NAME&quot;.</source>
        <translation>Ce poste n&apos;a rejoint aucun hub. Rejoignez-en un avec « hub join URL --desk NOM ».</translation>
    </message>
    <message>
        <source>This desk did not finish joining the hub {hub}: run &quot;hub join&quot; again with the same name.</source>
        <translation>Ce poste n&apos;a pas fini de rejoindre le hub {hub} : relancez « hub join » avec le même nom.</translation>
    </message>
    <message>
        <source>The hub {hub} is not the one this desk joined (another structure, or a hub rebuilt since). Nothing was sent. Ask the administrator to check the hub&apos;s address.</source>
        <translation>Le hub {hub} n&apos;est pas celui que ce poste a rejoint (une autre structure, ou un hub reconstruit depuis). Rien n&apos;a été envoyé. Demandez à l&apos;administrateur de vérifier l&apos;adresse du hub.</translation>
    </message>
    <message>
        <source>{count} changes of this desk have not reached the hub yet: sync first, then leave the hub.</source>
        <translation>{count} modifications de ce poste ne sont pas encore arrivées au hub : synchronisez d&apos;abord, puis quittez le hub.</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>poste</translation>
    </message>
    <message>
        <source>This desk has already joined the hub {hub}. A desk joins one hub: leave it first (&quot;hub leave&quot;).</source>
        <translation>Ce poste a déjà rejoint le hub {hub}. Un poste ne rejoint qu&apos;un seul hub : quittez-le d&apos;abord (« hub leave »).</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>The hub {hub} belongs to &quot;{theirs}&quot;, and this desk to &quot;{ours}&quot;. Nothing was changed.</source>
        <translation>Le hub {hub} appartient à « {theirs} », et ce poste à « {ours} ». Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Another desk of the hub is already called &quot;{name}&quot;. Choose another name for this one.</source>
        <translation>Un autre poste du hub s&apos;appelle déjà « {name} ». Choisissez un autre nom pour celui-ci.</translation>
    </message>
    <message>
        <source>This desk&apos;s visits use categories that the hub does not have under the same number ({codes}). Join the hub from a new database, or from the first desk&apos;s.</source>
        <translation>Les visites de ce poste utilisent des catégories que le hub n&apos;a pas sous le même numéro ({codes}). Rejoignez le hub depuis une base neuve, ou depuis celle du premier poste.</translation>
    </message>
    <message>
        <source>The hub {hub} cannot be reached ({detail}). Nothing is lost: this desk keeps working and sends what waits as soon as the hub answers.</source>
        <translation>Le hub {hub} est injoignable ({detail}). Rien n&apos;est perdu : ce poste continue de fonctionner et enverra ce qui attend dès que le hub répondra.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a hub address. Write it as postgresql+psycopg://user@server/database (add ?sslmode=verify-full for TLS).</source>
        <translation>« {value} » n&apos;est pas l&apos;adresse d&apos;un hub. Écrivez-la postgresql+psycopg://utilisateur@serveur/base (ajoutez ?sslmode=verify-full pour TLS).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a PostgreSQL address: a hub is a PostgreSQL database (postgresql+psycopg://user@server/database).</source>
        <translation>« {value} » n&apos;est pas une adresse PostgreSQL : un hub est une base PostgreSQL (postgresql+psycopg://utilisateur@serveur/base).</translation>
    </message>
    <message>
        <source>The hub {hub} was written by a newer version of Maison de la Solidarité (schema {revision}). Install the newer version on this desk to use it.</source>
        <translation>Le hub {hub} a été écrit par une version plus récente de Maison de la Solidarité (schéma {revision}). Installez cette version sur ce poste pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The hub {hub} is not ready for this desk (schema {revision}). Join it again with &quot;hub join&quot;.</source>
        <translation>Le hub {hub} n&apos;est pas prêt pour ce poste (schéma {revision}). Rejoignez-le à nouveau avec « hub join ».</translation>
    </message>
    <message>
        <source>The hub {hub} does not answer: the rota, the partners, the categories, the accounts and the settings change only while it answers, so that every desk keeps the same. Nothing was saved; visits can still be logged.</source>
        <translation>Le hub {hub} ne répond pas : le planning, les partenaires, les catégories, les comptes et les réglages ne se modifient que lorsqu&apos;il répond, pour que tous les postes gardent les mêmes. Rien n&apos;a été enregistré ; les visites, elles, s&apos;enregistrent normalement.</translation>
    </message>
    <message>
        <source>This visit was logged at the desk &quot;{desk}&quot;, and the hub does not answer: it can be changed at that desk, or here once the hub answers. Nothing was changed.</source>
        <translation>Cette visite a été saisie au poste « {desk} » et le hub ne répond pas : elle peut être modifiée à ce poste, ou ici quand le hub répondra. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This visit was logged at the desk &quot;{desk}&quot;: it is changed at that desk, or by a coordinator.</source>
        <translation>Cette visite a été saisie au poste « {desk} » : elle se modifie à ce poste, ou par une coordinatrice ou un coordinateur.</translation>
    </message>
    <message>
        <source>The demonstration data already covers these days in this database: nothing was added. &quot;demo --if-empty&quot; adds it only to a database without visits.</source>
        <translation>Les données de démonstration couvrent déjà ces jours dans cette base : rien n&apos;a été ajouté. « demo --if-empty » ne les ajoute qu&apos;à une base sans visites.</translation>
    </message>
    <message>
        <source>Unknown role &quot;{value}&quot; (expected: agent, coordinator or administrator).</source>
        <translation>Rôle inconnu « {value} » (attendu : agent, coordinateur ou administrateur).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a number of people (a whole number, 0 or more).</source>
        <translation>« {value} » n&apos;est pas un nombre de personnes (un nombre entier, 0 ou plus).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time (expected for example 16:30).</source>
        <translation>« {value} » n&apos;est pas une heure (attendu par exemple 16:30).</translation>
    </message>
    <message>
        <source>Unknown office &quot;{value}&quot;.</source>
        <translation>Bureau inconnu « {value} ».</translation>
    </message>
    <message>
        <source>The weeks of the month are numbers from 1 to 5, or -1 for the last.</source>
        <translation>Les semaines du mois sont des numéros de 1 à 5, ou -1 pour la dernière.</translation>
    </message>
    <message>
        <source>A series repeats every 2 to 8 weeks.</source>
        <translation>Une série se répète toutes les 2 à 8 semaines.</translation>
    </message>
    <message>
        <source>--present, --excused, --absent, --people and --speaker go with --partner.</source>
        <translation>--present, --excused, --absent, --people et --speaker s&apos;emploient avec --partner.</translation>
    </message>
    <message>
        <source>Cannot read {path}: choose the file another computer exported.</source>
        <translation>Impossible de lire {path} : choisissez le fichier exporté par un autre poste.</translation>
    </message>
    <message>
        <source>Give --across-years, --per-year or --retention-months.</source>
        <translation>Indiquez --across-years, --per-year ou --retention-months.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not CODE=N (for example rights=12).</source>
        <translation>« {value} » n&apos;est pas de la forme CODE=N (par exemple rights=12).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is given twice.</source>
        <translation>« {value} » est donné deux fois.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot;: the count is not a whole number, 0 or more.</source>
        <translation>« {value} » : le nombre n&apos;est pas un entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>An event needs a title. Nothing was saved.</source>
        <translation>Un événement doit avoir un titre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The title is longer than {max} characters. Nothing was saved.</source>
        <translation>Le titre dépasse {max} caractères. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The event must end after it starts ({start} to {end}). Nothing was saved.</source>
        <translation>L&apos;événement doit finir après son début ({start} à {end}). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The theme or the place is too long. Nothing was saved.</source>
        <translation>Le thème ou le lieu est trop long. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An event is either in an office of the Maison or elsewhere. Nothing was saved.</source>
        <translation>Un événement a lieu soit dans un bureau de la Maison, soit ailleurs. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The event « {title} » of {date} was cancelled: no attendance. Nothing was saved.</source>
        <translation>L&apos;événement « {title} » du {date} a été annulé : pas de présences. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The event « {title} » starts on {date} at {time}: attendance is recorded once it has begun. Nothing was saved.</source>
        <translation>L&apos;événement « {title} » commence le {date} à {time} : les présences se saisissent une fois qu&apos;il a commencé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a year or a month (expected for example 2024 or 2024-03).</source>
        <translation>« {value} » n&apos;est pas une année ni un mois (attendu par exemple 2024 ou 2024-03).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a count: give a whole number, 0 or more.</source>
        <translation>« {value} » n&apos;est pas un nombre : donnez un nombre entier, 0 ou plus.</translation>
    </message>
    <message>
        <source>A name has at most {max} characters.</source>
        <translation>Un nom a au plus {max} caractères.</translation>
    </message>
    <message>
        <source>The first name is empty.</source>
        <translation>Le prénom est vide.</translation>
    </message>
    <message>
        <source>The birth name is empty.</source>
        <translation>Le nom de naissance est vide.</translation>
    </message>
    <message>
        <source>The birth date is not a date: write it as DD/MM/YYYY or YYYY-MM-DD.</source>
        <translation>La date de naissance n&apos;est pas une date : écrivez-la JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The birth date does not exist in the calendar.</source>
        <translation>Cette date de naissance n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>La date de naissance est dans le futur.</translation>
    </message>
    <message>
        <source>The birth date is before {year}.</source>
        <translation>La date de naissance est antérieure à {year}.</translation>
    </message>
    <message>
        <source>A person is written as three fields separated by semicolons: NAME;First name;YYYY-MM-DD.</source>
        <translation>Une personne s&apos;écrit en trois champs séparés par des points-virgules : NOM;Prénom;AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>A card code has {count} characters, letters and digits: like 7K2M9-QXD4H-R.</source>
        <translation>Le code d&apos;une carte a {count} caractères, lettres et chiffres : comme 7K2M9-QXD4H-R.</translation>
    </message>
    <message>
        <source>The card code is mistyped: check each character.</source>
        <translation>Le code de la carte est mal saisi : vérifiez chaque caractère.</translation>
    </message>
    <message>
        <source>The secret&apos;s code has {count} letters and digits; this one has {given}.</source>
        <translation>Le code du secret a {count} lettres et chiffres ; celui-ci en a {given}.</translation>
    </message>
    <message>
        <source>The secret&apos;s code is mistyped: check each character.</source>
        <translation>Le code du secret est mal saisi : vérifiez chaque caractère.</translation>
    </message>
    <message>
        <source>The observations are {excess} characters too long for the review: shorten them.</source>
        <translation>Les observations dépassent de {excess} caractères ce que le bilan peut contenir : raccourcissez-les.</translation>
    </message>
    <message>
        <source>First visit &quot;{value}&quot;: expected yes or no (oui, non, 1, 0).</source>
        <translation>Première visite « {value} » : oui ou non attendu (oui, non, 1, 0).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a time (expected for example 09:30).</source>
        <translation>« {value} » n&apos;est pas une heure (attendu par exemple 09:30).</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a date (expected for example 16/11/2026 or 2026-11-16).</source>
        <translation>« {value} » n&apos;est pas une date (attendu par exemple 16/11/2026 ou 2026-11-16).</translation>
    </message>
    <message>
        <source>« {title} » is a collective action: its attendance is a headcount or a list of participants, not partners. Nothing was saved.</source>
        <translation>« {title} » est une action collective : ses présences sont un nombre de personnes ou une liste de participants, pas des partenaires. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>« {title} » is a partner meeting: its attendance is that of the partners. Nothing was saved.</source>
        <translation>« {title} » est une réunion partenariale : ses présences sont celles des partenaires. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Give at least one partner. Nothing was saved.</source>
        <translation>Indiquez au moins un partenaire. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The same partner is listed twice at « {title} » of {date}. Nothing was saved.</source>
        <translation>Le même partenaire figure deux fois à « {title} » du {date}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Only a partner present sends people and speaks. Nothing was saved.</source>
        <translation>Seul un partenaire présent envoie des personnes et intervient. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Give at least one person. Nothing was saved.</source>
        <translation>Indiquez au moins une personne. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The same person is listed twice at « {title} » of {date}. Nothing was saved.</source>
        <translation>La même personne figure deux fois à « {title} » du {date}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A number of people is a whole number from 0 to {most}. Nothing was saved.</source>
        <translation>Un nombre de personnes est un nombre entier de 0 à {most}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The series ends on {until}, before its first day. Nothing was saved.</source>
        <translation>La série se termine le {until}, avant son premier jour. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The series holds no open day. Nothing was saved.</source>
        <translation>La série ne compte aucun jour d&apos;ouverture. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An action stays an action and a meeting a meeting. Nothing was saved.</source>
        <translation>Une action reste une action, une réunion reste une réunion. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The event « {title} » starts on {date}: it is held once it has begun.</source>
        <translation>L&apos;événement « {title} » commence le {date} : il n&apos;est tenu qu&apos;une fois commencé.</translation>
    </message>
    <message>
        <source>A project needs a title of at most {max} characters.</source>
        <translation>Un projet doit avoir un titre de {max} caractères au plus.</translation>
    </message>
    <message>
        <source>{year} is not a year.</source>
        <translation>{year} n&apos;est pas une année.</translation>
    </message>
    <message>
        <source>unknown category &quot;{value}&quot;</source>
        <translation>motif inconnu « {value} »</translation>
    </message>
    <message>
        <source>expected three fields: period;category;count ({count} found)</source>
        <translation>trois champs attendus : période;motif;nombre ({count} trouvé(s))</translation>
    </message>
    <message>
        <source>{period} is not before counting began at the desk ({day}): refused.</source>
        <translation>{period} n&apos;est pas antérieur au début du comptage à l&apos;accueil ({day}) : refusé.</translation>
    </message>
    <message>
        <source>{year} has both yearly and monthly totals: give one or the other.</source>
        <translation>{year} a à la fois un total annuel et des totaux mensuels : donnez l&apos;un ou les autres.</translation>
    </message>
    <message>
        <source>{period} and {category} are given twice.</source>
        <translation>{period} et {category} sont donnés deux fois.</translation>
    </message>
    <message>
        <source>The secret of the person keys in {path} is damaged: an administrator imports it again from another computer of the structure.</source>
        <translation>Le secret des clés personne, dans {path}, est endommagé : un administrateur doit l&apos;importer de nouveau depuis un autre poste de la structure.</translation>
    </message>
    <message>
        <source>Person keys are kept from {low} to {high} months.</source>
        <translation>Les clés personne se conservent de {low} à {high} mois.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a PNG or JPEG image that can be read. Choose another file.</source>
        <translation>« {name} » n&apos;est pas une image PNG ou JPEG lisible. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; weighs {size} MB; a logo may weigh {limit} MB at most.</source>
        <translation>« {name} » pèse {size} Mo ; un logo pèse au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>Give at least one count above 0.</source>
        <translation>Donnez au moins un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>{day} is in the future: a paper day is entered once it is over.</source>
        <translation>Le {day} est dans l&apos;avenir : une journée sur papier se saisit une fois terminée.</translation>
    </message>
    <message>
        <source>The Maison does not open on {day}. Confirm that it received visitors that day.</source>
        <translation>La Maison n&apos;ouvre pas le {day}. Confirmez qu&apos;elle a reçu du public ce jour-là.</translation>
    </message>
    <message>
        <source>The Maison was closed on {day} ({reason}). Confirm that it received visitors that day.</source>
        <translation>La Maison était fermée le {day} ({reason}). Confirmez qu&apos;elle a reçu du public ce jour-là.</translation>
    </message>
    <message>
        <source>{day} is counted in the past total of {period} already: change that total instead.</source>
        <translation>Le {day} est déjà compté dans le total passé de {period} : modifiez plutôt ce total.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Change an event</source>
        <translation>Modifier un événement</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Another theme, in words:</source>
        <translation>Autre thème, en toutes lettres :</translation>
    </message>
    <message>
        <source>Theme in words</source>
        <translation>Thème en toutes lettres</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>Ailleurs :</translation>
    </message>
    <message>
        <source>Place elsewhere</source>
        <translation>Lieu extérieur</translation>
    </message>
    <message>
        <source>for example: Salle des fêtes, 2 rue de la Gare</source>
        <translation>par exemple : Salle des fêtes, 2 rue de la Gare</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Ti&amp;mes</source>
        <translation>Hor&amp;aires</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Partners &amp;leading it (space ticks)</source>
        <translation>&amp;Partenaires qui l&apos;animent (Espace coche)</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) present</source>
        <translation>
            <numerusform>%n partenaire présent</numerusform>
            <numerusform>%n partenaires présents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First start — Maison de la Solidarité</source>
        <translation>Premier démarrage — Maison de la Solidarité</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>Step {number} of {count}: {title}</source>
        <translation>Étape {number} sur {count} : {title}</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>every {day}</source>
        <translation>chaque {day}</translation>
    </message>
    <message>
        <source>every {n} weeks on {day}</source>
        <translation>le {day} toutes les {n} semaines</translation>
    </message>
    <message>
        <source>{day} of odd weeks</source>
        <translation>le {day} des semaines impaires</translation>
    </message>
    <message>
        <source>{day} of even weeks</source>
        <translation>le {day} des semaines paires</translation>
    </message>
    <message>
        <source>the {ordinals} {day} of the month</source>
        <translation>le {ordinals} {day} du mois</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et le </translation>
    </message>
    <message>
        <source>on {dates}</source>
        <translation>les {dates}</translation>
    </message>
    <message>
        <source>By appointment only</source>
        <translation>Sur rendez-vous uniquement</translation>
    </message>
    <message>
        <source>Receives people without residence papers</source>
        <translation>Reçoit les personnes sans papiers (sans titre de séjour)</translation>
    </message>
    <message>
        <source>Requires residence papers</source>
        <translation>Titre de séjour demandé</translation>
    </message>
    <message>
        <source>Aged {min} to {max}</source>
        <translation>De {min} à {max} ans</translation>
    </message>
    <message>
        <source>Aged {min} and over</source>
        <translation>À partir de {min} ans</translation>
    </message>
    <message>
        <source>Aged up to {max}</source>
        <translation>Jusqu&apos;à {max} ans</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues : {languages}</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Not free of charge</source>
        <translation>Payant</translation>
    </message>
    <message>
        <source>(purged)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>Guide to the permanences</source>
        <translation>Guide des permanences</translation>
    </message>
    <message>
        <source>Who can help with what, and when they receive at the Maison.</source>
        <translation>Qui peut aider pour quoi, et quand il reçoit à la Maison.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>What it offers</source>
        <translation>Ce qu&apos;il propose</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ailleurs</translation>
    </message>
    <message>
        <source>At the Maison</source>
        <translation>À la Maison</translation>
    </message>
    <message>
        <source>No permanence at the Maison at present.</source>
        <translation>Pas de permanence à la Maison pour le moment.</translation>
    </message>
    <message>
        <source>Appointments — {partner}</source>
        <translation>Rendez-vous — {partner}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Personne reçue</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No appointment booked for this day.</source>
        <translation>Aucun rendez-vous pris pour ce jour.</translation>
    </message>
    <message>
        <source>Personal data: to be kept only for this permanence, then destroyed.</source>
        <translation>Données personnelles : à conserver le temps de la permanence, puis à détruire.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Reception agent&apos;s guide</source>
        <translation>Guide de l&apos;agent d&apos;accueil</translation>
    </message>
    <message>
        <source>Coordinator&apos;s guide</source>
        <translation>Guide de la coordinatrice</translation>
    </message>
    <message>
        <source>Help — Maison de la Solidarité</source>
        <translation>Aide — Maison de la Solidarité</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>&amp;Guide:</source>
        <translation>&amp;Guide :</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>For example 09:00-12:00, 13:30-17:00. Leave a day empty when the Maison is closed.</source>
        <translation>Par exemple 09:00-12:00, 13:30-17:00. Laissez vide un jour où la Maison est fermée.</translation>
    </message>
</context>
<context>
    <name>HubDialog</name>
    <message>
        <source>Hub and desks</source>
        <translation>Hub et postes</translation>
    </message>
    <message>
        <source>the structure&apos;s name</source>
        <translation>le nom de la structure</translation>
    </message>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub :</translation>
    </message>
    <message>
        <source>&amp;Name of this desk:</source>
        <translation>&amp;Nom de ce poste :</translation>
    </message>
    <message>
        <source>&amp;Maison (site):</source>
        <translation>&amp;Maison (site) :</translation>
    </message>
    <message>
        <source>&amp;Join the hub</source>
        <translation>&amp;Rejoindre le hub</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Leave the hub</source>
        <translation>&amp;Quitter le hub</translation>
    </message>
    <message>
        <source>This desk works alone: it has joined no hub.</source>
        <translation>Ce poste travaille seul : il n&apos;a rejoint aucun hub.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This desk is on the hub. Last sync: {when}. Waiting to be sent: {count}.</source>
        <translation>Ce poste est sur le hub. Dernière synchronisation : {when}. En attente d&apos;envoi : {count}.</translation>
    </message>
    <message>
        <source>Talking to the hub…</source>
        <translation>Échange avec le hub…</translation>
    </message>
    <message>
        <source>Sent: {pushed}. Received: {pulled}.</source>
        <translation>Envoyées : {pushed}. Reçues : {pulled}.</translation>
    </message>
    <message>
        <source>This desk joined the hub.</source>
        <translation>Ce poste a rejoint le hub.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Synchronisé.</translation>
    </message>
    <message>
        <source>This desk works alone again.</source>
        <translation>Ce poste travaille de nouveau seul.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Walk-in</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Answered at the desk</source>
        <translation>Réponse à l&apos;accueil</translation>
    </message>
    <message>
        <source>Oriented to a partner</source>
        <translation>Orienté vers un partenaire</translation>
    </message>
    <message>
        <source>Appointment given</source>
        <translation>Rendez-vous donné</translation>
    </message>
    <message>
        <source>Under 25</source>
        <translation>Moins de 25 ans</translation>
    </message>
    <message>
        <source>25 to 39</source>
        <translation>25 à 39 ans</translation>
    </message>
    <message>
        <source>40 to 59</source>
        <translation>40 à 59 ans</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 ans et plus</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every n weeks</source>
        <translation>Toutes les n semaines</translation>
    </message>
    <message>
        <source>Odd weeks</source>
        <translation>Semaines impaires</translation>
    </message>
    <message>
        <source>Even weeks</source>
        <translation>Semaines paires</translation>
    </message>
    <message>
        <source>Some weeks of the month</source>
        <translation>Certaines semaines du mois</translation>
    </message>
    <message>
        <source>One-off dates</source>
        <translation>Dates ponctuelles</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>janv.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>févr.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>avr.</translation>
    </message>
    <message>
        <source>May (short)</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juil.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>août</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sept.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oct.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>déc.</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>Collective action</source>
        <translation>Action collective</translation>
    </message>
    <message>
        <source>Partner meeting</source>
        <translation>Réunion partenariale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Health breakfast</source>
        <translation>Petit-déjeuner santé</translation>
    </message>
    <message>
        <source>Information session</source>
        <translation>Réunion d&apos;information</translation>
    </message>
    <message>
        <source>Plenary meeting</source>
        <translation>Réunion plénière</translation>
    </message>
    <message>
        <source>Themed meeting</source>
        <translation>Réunion thématique</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <source>Type your password to go on, or log in as someone else.</source>
        <translation>Saisissez votre mot de passe pour continuer, ou connectez-vous sous un autre nom.</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — Maison de la Solidarité</source>
        <translation>Connexion — Maison de la Solidarité</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
</context>
<context>
    <name>LogoPanel</name>
    <message>
        <source>Choose the &amp;logo…</source>
        <translation>Choisir le &amp;logo…</translation>
    </message>
    <message>
        <source>Choose the logo printed on the sheets</source>
        <translation>Choisir le logo imprimé sur les feuilles</translation>
    </message>
    <message>
        <source>Re&amp;move the logo</source>
        <translation>Re&amp;tirer le logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; cannot be read.</source>
        <translation>« {name} » ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Maison de la Solidarité</source>
        <translation>Maison de la Solidarité</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Weekly rota</source>
        <translation>P&amp;lanning</translation>
    </message>
    <message>
        <source>Director&amp;y</source>
        <translation>Annuai&amp;re</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>Stat&amp;istiques</translation>
    </message>
    <message>
        <source>Visit logged.</source>
        <translation>Visite enregistrée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Lock or switch user</source>
        <translation>&amp;Verrouiller ou changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Import visits…</source>
        <translation>&amp;Importer des visites…</translation>
    </message>
    <message>
        <source>&amp;Past years…</source>
        <translation>Années &amp;passées…</translation>
    </message>
    <message>
        <source>&amp;Hub and desks…</source>
        <translation>&amp;Hub et postes…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;About Maison de la Solidarité…</source>
        <translation>À &amp;propos de Maison de la Solidarité…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Put the copy {name} in the place of the database? The changes made since that copy leave the database; they are kept aside in a file of the backup folder.</source>
        <translation>Mettre la copie {name} à la place de la base ? Les changements faits depuis cette copie quittent la base ; ils sont conservés à part dans un fichier du dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The copy is restored. What the database held before is kept in {path}, with {count} visit(s) that the copy does not hold. The application closes now: start it again.</source>
        <translation>La copie est restaurée. Ce que la base contenait avant est conservé dans {path}, dont {count} visite(s) absente(s) de la copie. L&apos;application se ferme maintenant : relancez-la.</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Importer des visites</translation>
    </message>
    <message>
        <source>A&amp;dministration</source>
        <translation>A&amp;dministration</translation>
    </message>
    <message>
        <source>Acc&amp;ounts…</source>
        <translation>C&amp;omptes…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>Request &amp;categories…</source>
        <translation>&amp;Catégories de demande…</translation>
    </message>
    <message>
        <source>&amp;Offices and opening hours…</source>
        <translation>&amp;Bureaux et heures d&apos;ouverture…</translation>
    </message>
    <message>
        <source>&amp;Retention periods and profile fields…</source>
        <translation>&amp;Durées de conservation et profil…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Backups go back beside the database at the next start.</source>
        <translation>Les sauvegardes retournent à côté de la base de données au prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sauvegarde écrite : {path}</translation>
    </message>
    <message>
        <source>Backups now go to {folder}.</source>
        <translation>Les sauvegardes vont désormais dans {folder}.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Maison de la Solidarité</source>
        <translation>Maison de la Solidarité</translation>
    </message>
</context>
<context>
    <name>NeighbourhoodsTab</name>
    <message>
        <source>Neighbourhoods, one per line</source>
        <translation>Quartiers, un par ligne</translation>
    </message>
    <message>
        <source>Neighbourhoods, &amp;one per line:</source>
        <translation>Quartiers, un par &amp;ligne :</translation>
    </message>
    <message>
        <source>The reception offers them in this order and spelling, and the statistics count them so; a name typed without accents or capitals is recorded as listed, another name as typed.</source>
        <translation>L&apos;accueil les propose dans cet ordre et cette orthographe, et les statistiques les comptent ainsi ; un nom tapé sans accents ni majuscules est enregistré comme dans la liste, un autre nom tel qu&apos;il est tapé.</translation>
    </message>
</context>
<context>
    <name>ObservationsDialog</name>
    <message>
        <source>Observations of the annual review</source>
        <translation>Observations du bilan annuel</translation>
    </message>
    <message>
        <source>Year of the review</source>
        <translation>Année du bilan</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>What the figures do not say: the year&apos;s events, its difficulties, thanks…</source>
        <translation>Ce que les chiffres ne disent pas : les événements de l&apos;année, ses difficultés, les remerciements…</translation>
    </message>
    <message>
        <source>Printed as the last chapter of the review of that year, one paragraph for each block of text separated by a blank line. Each change is kept in the audit trail.</source>
        <translation>Imprimées comme dernier chapitre du bilan de cette année, un paragraphe par bloc de texte séparé par une ligne vide. Chaque modification est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Observations:</source>
        <translation>&amp;Observations :</translation>
    </message>
    <message>
        <source>{length} characters of {limit}</source>
        <translation>{length} caractères sur {limit}</translation>
    </message>
    <message>
        <source>Review obser&amp;vations…</source>
        <translation>Obser&amp;vations du bilan…</translation>
    </message>
</context>
<context>
    <name>OfficesHoursPanel</name>
    <message>
        <source>Opening hours of the Maison</source>
        <translation>Heures d&apos;ouverture de la Maison</translation>
    </message>
    <message>
        <source>For example 09:00-12:00, 13:30-17:00. Leave empty when the Maison is closed that day.</source>
        <translation>Par exemple 09:00-12:00, 13:30-17:00. Laissez vide si la Maison est fermée ce jour-là.</translation>
    </message>
    <message>
        <source>Permanence offices (changes here apply at once)</source>
        <translation>Bureaux de permanence (les changements s&apos;appliquent aussitôt)</translation>
    </message>
    <message>
        <source>Permanence offices</source>
        <translation>Bureaux de permanence</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Open / close</source>
        <translation>&amp;Ouvrir / fermer</translation>
    </message>
    <message>
        <source>{name} (closed)</source>
        <translation>{name} (fermé)</translation>
    </message>
    <message>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Rename an office</source>
        <translation>Renommer un bureau</translation>
    </message>
</context>
<context>
    <name>OfficesPage</name>
    <message>
        <source>Permanence offices</source>
        <translation>Bureaux de permanence</translation>
    </message>
    <message>
        <source>The rooms where the partners receive visitors, one name per line.</source>
        <translation>Les salles où les partenaires reçoivent, un nom par ligne.</translation>
    </message>
    <message>
        <source>Office names, one per line</source>
        <translation>Noms des bureaux, un par ligne</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <source>Print the &amp;tally sheet…</source>
        <translation>Feuille de comptage &amp;vierge…</translation>
    </message>
    <message>
        <source>The sheet to count visits on paper when the computer cannot be used</source>
        <translation>La feuille pour compter les passages sur papier quand l&apos;ordinateur ne peut pas servir</translation>
    </message>
    <message>
        <source>&amp;Enter a paper sheet…</source>
        <translation>Saisir une &amp;journée papier…</translation>
    </message>
    <message>
        <source>Type the counts of a paper tally sheet once the computer works again</source>
        <translation>Saisir les comptes d&apos;une feuille de comptage papier quand l&apos;ordinateur remarche</translation>
    </message>
</context>
<context>
    <name>PaperDayDialog</name>
    <message>
        <source>Enter a paper tally sheet</source>
        <translation>Saisir une feuille de comptage papier</translation>
    </message>
    <message>
        <source>Type what the paper tally sheet counted. Visits already logged at the desk that day are shown beside it: type only the visits the sheet counted in addition.</source>
        <translation>Saisissez ce que la feuille de comptage papier a compté. Les passages déjà enregistrés à l&apos;accueil ce jour-là sont affichés à côté : saisissez seulement ceux que la feuille a comptés en plus.</translation>
    </message>
    <message>
        <source>Counts of the paper sheet by request</source>
        <translation>Comptes de la feuille papier par demande</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Part of the day</source>
        <translation>&amp;Partie de la journée</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Logged at the desk</source>
        <translation>Enregistrés à l&apos;accueil</translation>
    </message>
    <message>
        <source>Typed from paper</source>
        <translation>Déjà saisis du papier</translation>
    </message>
    <message>
        <source>Counted on this sheet</source>
        <translation>Comptés sur cette feuille</translation>
    </message>
    <message>
        <source>The Maison was closed on {day} ({reason}).</source>
        <translation>La Maison était fermée le {day} ({reason}).</translation>
    </message>
    <message>
        <source>The Maison does not open on {day}.</source>
        <translation>La Maison n&apos;ouvre pas le {day}.</translation>
    </message>
    <message>
        <source>{cell}: {reason}</source>
        <translation>{cell} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n cell(s) to correct.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n case à corriger.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n cases à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n visit(s) from paper on {day} ({half}).</source>
        <translation>
            <numerusform>Enregistré : %n passage sur papier le {day} ({half}).</numerusform>
            <numerusform>Enregistré : %n passages sur papier le {day} ({half}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Did it receive visitors that day? The sheets will say so.</source>
        <translation>A-t-elle reçu du public ce jour-là ? Les fiches le diront.</translation>
    </message>
    <message>
        <source>A day the Maison was closed</source>
        <translation>Un jour de fermeture de la Maison</translation>
    </message>
</context>
<context>
    <name>PartnersGrid</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>People sent</source>
        <translation>Personnes envoyées</translation>
    </message>
    <message>
        <source>People sent by {partner}</source>
        <translation>Personnes envoyées par {partner}</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>{partner} spoke</source>
        <translation>{partner} est intervenu</translation>
    </message>
    <message>
        <source>{partner}, leading</source>
        <translation>{partner}, qui anime</translation>
    </message>
</context>
<context>
    <name>PastYearsDialog</name>
    <message>
        <source>Past years</source>
        <translation>Années passées</translation>
    </message>
    <message>
        <source>Visits of the years before the application, from the paper reviews or tally sheets. An empty cell is not known and is not saved; a total typed again replaces the one saved.</source>
        <translation>Les passages des années d&apos;avant l&apos;application, d&apos;après les bilans ou les feuilles de comptage papier. Une case vide n&apos;est pas connue et n&apos;est pas enregistrée ; un total saisi à nouveau remplace l&apos;ancien.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>The year&apos;s total only</source>
        <translation>Total de l&apos;année seulement</translation>
    </message>
    <message>
        <source>for example: annual review 2023, paper tally sheets</source>
        <translation>par exemple : bilan annuel 2023, feuilles de comptage papier</translation>
    </message>
    <message>
        <source>Past totals by request and month</source>
        <translation>Totaux passés par demande et par mois</translation>
    </message>
    <message>
        <source>Set the day counting &amp;began</source>
        <translation>Fixer le &amp;début du comptage au</translation>
    </message>
    <message>
        <source>The day counting began</source>
        <translation>Le jour où le comptage a commencé</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>&amp;Grid</source>
        <translation>&amp;Grille</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Nothing is counted yet: the statistics say n.d. for every period.</source>
        <translation>Rien n&apos;est encore compté : les statistiques indiquent n.d. pour chaque période.</translation>
    </message>
    <message>
        <source>the date set here</source>
        <translation>la date indiquée ici</translation>
    </message>
    <message>
        <source>the first visit logged</source>
        <translation>le premier passage enregistré</translation>
    </message>
    <message>
        <source>the first paper day</source>
        <translation>le premier jour compté sur papier</translation>
    </message>
    <message>
        <source>the first past total</source>
        <translation>le premier total passé</translation>
    </message>
    <message>
        <source>Counting began on {day} ({reason}): before it, the statistics say n.d.</source>
        <translation>Le comptage a commencé le {day} ({reason}) : avant, les statistiques indiquent n.d.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n total(s) for {year}.</source>
        <translation>
            <numerusform>Enregistré : %n total pour {year}.</numerusform>
            <numerusform>Enregistré : %n totaux pour {year}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>{cell}: {reason}</source>
        <translation>{cell} : {reason}</translation>
    </message>
    <message numerus="yes">
        <source>and %n other cell(s) in red.</source>
        <translation>
            <numerusform>et %n autre case en rouge.</numerusform>
            <numerusform>et %n autres cases en rouge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n cell(s) to correct.</source>
        <translation>
            <numerusform>Rien n&apos;a été enregistré : %n case à corriger.</numerusform>
            <numerusform>Rien n&apos;a été enregistré : %n cases à corriger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Your code at the reception</source>
        <translation>Votre code à l&apos;accueil</translation>
    </message>
    <message>
        <source>It holds no name.</source>
        <translation>Il ne contient pas votre nom.</translation>
    </message>
    <message>
        <source>Show it at the desk</source>
        <translation>Montrez-le à l&apos;accueil</translation>
    </message>
    <message>
        <source>instead of spelling your name.</source>
        <translation>au lieu d&apos;épeler votre nom.</translation>
    </message>
    <message>
        <source>Person card</source>
        <translation>Carte personne</translation>
    </message>
    <message>
        <source>Cut out the card along the dotted line and give it to the person.</source>
        <translation>Découpez la carte le long des pointillés et remettez-la à la personne.</translation>
    </message>
    <message>
        <source>At the desk, type its code in the person key&apos;s field instead of the name.</source>
        <translation>À l&apos;accueil, tapez son code dans le champ « Clé personne » au lieu du nom.</translation>
    </message>
    <message>
        <source>Holds every year</source>
        <translation>Valable toutes les années</translation>
    </message>
    <message>
        <source>Holds for {year}</source>
        <translation>Valable pour {year}</translation>
    </message>
</context>
<context>
    <name>PersonKeyButton</name>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>None (type it…)</source>
        <translation>Aucune (la saisir…)</translation>
    </message>
</context>
<context>
    <name>PersonKeyDialog</name>
    <message>
        <source>Person key of the visit</source>
        <translation>Clé personne de la visite</translation>
    </message>
    <message>
        <source>This visit carries a person key.</source>
        <translation>Cette visite porte une clé personne.</translation>
    </message>
    <message>
        <source>This visit carries no person key.</source>
        <translation>Cette visite ne porte pas de clé personne.</translation>
    </message>
    <message>
        <source>&amp;Record the key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Print a c&amp;ard…</source>
        <translation>Imprimer une c&amp;arte…</translation>
    </message>
    <message>
        <source>Re&amp;move the key</source>
        <translation>Re&amp;tirer la clé</translation>
    </message>
    <message>
        <source>Person card</source>
        <translation>Carte personne</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>PersonKeyEntry</name>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>Birth &amp;name</source>
        <translation>&amp;Nom de naissance</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>Birth &amp;date</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>or card &amp;code</source>
        <translation>ou &amp;code de la carte</translation>
    </message>
    <message>
        <source>Only the key is kept: what you type here is erased as soon as the key is computed.</source>
        <translation>Seule la clé est gardée : ce que vous tapez ici est effacé dès que la clé est calculée.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>One key logs a visit: 1–9, 0, then F2–F12. A–E: orient to a proposed partner. Tab or Enter: add details. Ctrl+Z: undo the last visit.</source>
        <translation>Une touche enregistre une visite : 1 à 9, 0, puis F2 à F12. A à E : orienter vers un partenaire proposé. Tab ou Entrée : compléter. Ctrl+Z : annuler la dernière visite.</translation>
    </message>
    <message>
        <source>Warning: the same request logged twice in a row</source>
        <translation>Attention : la même demande enregistrée deux fois de suite</translation>
    </message>
    <message>
        <source>Details of the visit</source>
        <translation>Détails de la visite</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>Counters by category</source>
        <translation>Compteurs par catégorie</translation>
    </message>
    <message>
        <source>Today&apos;s visits (Delete: remove the selected visit)</source>
        <translation>Visites du jour (Suppr : supprimer la visite choisie)</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Compteurs</translation>
    </message>
    <message>
        <source>The keys type in “{field}”: press Esc to log visits with the keys again.</source>
        <translation>Les touches écrivent dans « {field} » : appuyez sur Échap pour enregistrer de nouveau des visites au clavier.</translation>
    </message>
    <message>
        <source>The keys type in a text field: press Esc to log visits with the keys again.</source>
        <translation>Les touches écrivent dans un champ de texte : appuyez sur Échap pour enregistrer de nouveau des visites au clavier.</translation>
    </message>
    <message>
        <source>Visit “{category}” logged twice in a row, {seconds} s apart: Ctrl+Z undoes the second one.</source>
        <translation>Visite « {category} » enregistrée deux fois de suite, à {seconds} s d&apos;intervalle : Ctrl+Z annule la seconde.</translation>
    </message>
    <message>
        <source>No visit logged today at this desk to undo.</source>
        <translation>Aucune visite enregistrée aujourd&apos;hui à ce poste : rien à annuler.</translation>
    </message>
    <message>
        <source>Visit of {time} ({category}) undone.</source>
        <translation>Visite de {time} ({category}) annulée.</translation>
    </message>
    <message>
        <source>Delete a visit</source>
        <translation>Supprimer une visite</translation>
    </message>
    <message>
        <source>Delete the visit of {time}? It will no longer be counted.</source>
        <translation>Supprimer la visite de {time} ? Elle ne sera plus comptée.</translation>
    </message>
    <message>
        <source>Oriented to {partner}.</source>
        <translation>Orienté vers {partner}.</translation>
    </message>
</context>
<context>
    <name>RecurrenceFields</name>
    <message>
        <source>Once</source>
        <translation>Une seule fois</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, separated by commas</source>
        <translation>jj/mm/aaaa, séparées par des virgules</translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation>&amp;Récurrence</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Weeks of the month</source>
        <translation>Semaines du mois</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Jus&amp;qu&apos;au</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the copy to put in the place of the database. The database in use now is kept aside first, and the application closes once the copy is restored.</source>
        <translation>Choisissez la copie à mettre à la place de la base. La base utilisée maintenant est d&apos;abord mise de côté, et l&apos;application se ferme une fois la copie restaurée.</translation>
    </message>
    <message>
        <source>{taken} — {size} MB</source>
        <translation>{taken} — {size} Mo</translation>
    </message>
    <message>
        <source>{taken} — {size} MB — made on demand</source>
        <translation>{taken} — {size} Mo — faite à la demande</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Autre fichier…</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Next permanence</source>
        <translation>Prochaine permanence</translation>
    </message>
    <message>
        <source>none planned</source>
        <translation>aucune prévue</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>Personal data is erased when its time is up, at every start of the application. The CNIL asks that it be kept no longer than the help given needs.</source>
        <translation>Les données personnelles sont effacées à l&apos;échéance, à chaque démarrage de l&apos;application. La CNIL demande de ne pas les garder plus longtemps que l&apos;accompagnement ne l&apos;exige.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Keep a person&apos;s key across &amp;years</source>
        <translation>Garder la même clé d&apos;une &amp;année à l&apos;autre</translation>
    </message>
    <message>
        <source>Visit &amp;notes:</source>
        <translation>&amp;Notes des visites :</translation>
    </message>
    <message>
        <source>Appointment &amp;contacts (after the appointment):</source>
        <translation>&amp;Contacts des rendez-vous (après le rendez-vous) :</translation>
    </message>
    <message>
        <source>&amp;Audit trail:</source>
        <translation>&amp;Journal d&apos;audit :</translation>
    </message>
    <message>
        <source>Person &amp;keys (after the month of the visit):</source>
        <translation>C&amp;lés personne (après le mois de la visite) :</translation>
    </message>
</context>
<context>
    <name>RotaCalendar</name>
    <message>
        <source>Permanences — {structure}</source>
        <translation>Permanences — {structure}</translation>
    </message>
    <message>
        <source>Permanence: {name}</source>
        <translation>Permanence : {name}</translation>
    </message>
</context>
<context>
    <name>RotaSheet</name>
    <message>
        <source>Permanences of the week {week}</source>
        <translation>Permanences de la semaine {week}</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>FERMÉ</translation>
    </message>
    <message>
        <source>Not held: {names}</source>
        <translation>Permanences suspendues : {names}</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ANNULÉE</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>Printed on {date} at {time}</source>
        <translation>Imprimé le {date} à {time}</translation>
    </message>
    <message>
        <source>Grey: the Maison is closed. Dashed frame: permanence cancelled.</source>
        <translation>Gris : la Maison est fermée. Cadre en tirets : permanence annulée.</translation>
    </message>
</context>
<context>
    <name>RotaView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>Ne&amp;xt week ▶</source>
        <translation>Semaine suiva&amp;nte ▶</translation>
    </message>
    <message>
        <source>&amp;New permanence…</source>
        <translation>Nou&amp;velle permanence…</translation>
    </message>
    <message>
        <source>C&amp;losure days…</source>
        <translation>Fer&amp;metures…</translation>
    </message>
    <message>
        <source>Save the week as P&amp;DF…</source>
        <translation>&amp;Enregistrer la semaine en PDF…</translation>
    </message>
    <message>
        <source>Export the &amp;calendar (.ics)…</source>
        <translation>Exporter le &amp;calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Read only: only a coordinator changes the rota.</source>
        <translation>Lecture seule : seule une coordinatrice modifie le planning.</translation>
    </message>
    <message>
        <source>Week of the permanence offices</source>
        <translation>Semaine des bureaux de permanence</translation>
    </message>
    <message>
        <source>Week {week}: {first} to {last}</source>
        <translation>Semaine {week} : du {first} au {last}</translation>
    </message>
    <message>
        <source>{office}: {percent} % used</source>
        <translation>{office} : occupé à {percent} %</translation>
    </message>
    <message>
        <source>Cancel a permanence</source>
        <translation>Annuler une permanence</translation>
    </message>
    <message>
        <source>Cancel the permanence of {partner} on {day}, {start}–{end}? The rest of the series is kept.</source>
        <translation>Annuler la permanence de {partner} le {day}, {start}–{end} ? Le reste de la série est conservé.</translation>
    </message>
    <message>
        <source>Drag a permanence to move this occurrence; drag its lower edge to change its end. Double-click or Enter: edit this one, the following or the whole series. Delete: cancel this occurrence.</source>
        <translation>Faites glisser une permanence pour déplacer cette occurrence ; faites glisser son bord inférieur pour changer sa fin. Double-clic ou Entrée : modifier celle-ci, les suivantes ou toute la série. Suppr : annuler cette occurrence.</translation>
    </message>
    <message>
        <source>Writing the week…</source>
        <translation>Écriture de la semaine…</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
    <message>
        <source>Save the week as PDF</source>
        <translation>Enregistrer la semaine en PDF</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>Edit a permanence</source>
        <translation>Modifier une permanence</translation>
    </message>
    <message>
        <source>Which permanences does the change apply to?</source>
        <translation>À quelles permanences la modification s&apos;applique-t-elle ?</translation>
    </message>
    <message>
        <source>&amp;This permanence only</source>
        <translation>&amp;Cette permanence seulement</translation>
    </message>
    <message>
        <source>This one and the &amp;following ones</source>
        <translation>Celle-ci et les &amp;suivantes</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>&amp;Toute la série</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>FAILED after {count} step(s):</source>
        <translation>ÉCHEC après {count} étape(s) :</translation>
    </message>
    <message>
        <source>Maison de la Solidarité {version}: self-test passed ({count} steps).</source>
        <translation>Maison de la Solidarité {version} : autotest réussi ({count} étapes).</translation>
    </message>
    <message>
        <source>database created and migrated to {revision}</source>
        <translation>base de données créée et migrée à la révision {revision}</translation>
    </message>
    <message>
        <source>1 visit logged, {count} counted</source>
        <translation>1 visite enregistrée, {count} comptée(s)</translation>
    </message>
    <message>
        <source>visit logged in &quot;{category}&quot; and counted</source>
        <translation>visite enregistrée dans « {category} » et comptée</translation>
    </message>
    <message>
        <source>the French catalogue is missing</source>
        <translation>le catalogue français manque</translation>
    </message>
    <message>
        <source>French catalogue read ({count} messages)</source>
        <translation>catalogue français lu ({count} messages)</translation>
    </message>
    <message>
        <source>the monthly sheet is not a PDF</source>
        <translation>la fiche mensuelle n&apos;est pas un PDF</translation>
    </message>
    <message>
        <source>monthly sheet rendered ({size} bytes of PDF)</source>
        <translation>fiche mensuelle produite ({size} octets de PDF)</translation>
    </message>
    <message>
        <source>the first tab reads {title}, not Accueil</source>
        <translation>le premier onglet s&apos;intitule {title}, pas Accueil</translation>
    </message>
    <message>
        <source>main window opened offscreen in French (platform {platform})</source>
        <translation>fenêtre principale ouverte hors écran en français (plateforme {platform})</translation>
    </message>
    <message>
        <source>print support loaded ({count} printer(s) known)</source>
        <translation>impression chargée ({count} imprimante(s) connue(s))</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Edit a permanence</source>
        <translation>Modifier une permanence</translation>
    </message>
    <message>
        <source>New permanence</source>
        <translation>Nouvelle permanence</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1re</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4e</translation>
    </message>
    <message>
        <source>5th</source>
        <translation>5e</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernière</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, separated by commas</source>
        <translation>jj/mm/aaaa, séparées par des virgules</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Sans date de fin</translation>
    </message>
    <message>
        <source>This permanence only (office and times)</source>
        <translation>Cette permanence seulement (bureau et horaires)</translation>
    </message>
    <message>
        <source>This one and the following ones</source>
        <translation>Celle-ci et les suivantes</translation>
    </message>
    <message>
        <source>The whole series</source>
        <translation>Toute la série</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partenaire</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>&amp;Recurrence</source>
        <translation>&amp;Récurrence</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Toutes les</translation>
    </message>
    <message>
        <source>Weeks of the month</source>
        <translation>Semaines du mois</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>À partir &amp;du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Jus&amp;qu&apos;au</translation>
    </message>
    <message>
        <source>Change applies to:</source>
        <translation>La modification s&apos;applique à :</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>&amp;Offices and hours</source>
        <translation>&amp;Bureaux et horaires</translation>
    </message>
    <message>
        <source>&amp;Personal data</source>
        <translation>&amp;Données personnelles</translation>
    </message>
    <message>
        <source>Neig&amp;hbourhoods</source>
        <translation>Q&amp;uartiers</translation>
    </message>
    <message>
        <source>This &amp;desk</source>
        <translation>Ce &amp;poste</translation>
    </message>
</context>
<context>
    <name>SignInSheet</name>
    <message>
        <source>Sign-in sheet: {title}</source>
        <translation>Feuille d&apos;émargement : {title}</translation>
    </message>
    <message>
        <source>The printer « {printer} » could not print the sheet. Save it as a PDF to print it later?</source>
        <translation>L&apos;imprimante « {printer} » n&apos;a pas pu imprimer la feuille. L&apos;enregistrer en PDF pour l&apos;imprimer plus tard ?</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Enregistrer la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Animé par</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Name of the person present</source>
        <translation>Nom de la personne présente</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Each partner present writes the name of the people it sent and signs.</source>
        <translation>Chaque partenaire présent écrit le nom des personnes qu&apos;il a envoyées et signe.</translation>
    </message>
    <message>
        <source>One line per participant. The names written here stay on this sheet: the app keeps no name.</source>
        <translation>Une ligne par participant. Les noms écrits ici restent sur cette feuille : l&apos;application n&apos;enregistre aucun nom.</translation>
    </message>
    <message>
        <source>Number of people present: ______</source>
        <translation>Nombre de personnes présentes : ______</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Known visitor</source>
        <translation>Déjà venu(e)</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Visits logged live</source>
        <translation>Visites enregistrées à l&apos;accueil</translation>
    </message>
    <message>
        <source>Counted on paper</source>
        <translation>Comptées sur papier</translation>
    </message>
    <message>
        <source>Paper days</source>
        <translation>Journées sur papier</translation>
    </message>
    <message>
        <source>Past totals</source>
        <translation>Totaux passés</translation>
    </message>
</context>
<context>
    <name>StatisticsSheet</name>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Generated on {date} at {time}</source>
        <translation>Édité le {date} à {time}</translation>
    </message>
    <message>
        <source>page {page} / {pages}</source>
        <translation>page {page} / {pages}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Suites</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No visitor was oriented to a partner in this period.</source>
        <translation>Aucun visiteur n&apos;a été orienté vers un partenaire sur cette période.</translation>
    </message>
    <message>
        <source>{people} distinct people, key given for {share} of visits</source>
        <translation>{people} personnes distinctes, clé renseignée pour {share} des visites</translation>
    </message>
    <message>
        <source>Distinct people, visits and collective actions together</source>
        <translation>Personnes distinctes, visites et actions collectives ensemble</translation>
    </message>
    <message>
        <source>seen at the reception</source>
        <translation>vues à l&apos;accueil</translation>
    </message>
    <message>
        <source>present at a collective action</source>
        <translation>présentes à une action collective</translation>
    </message>
    <message>
        <source>new in the period</source>
        <translation>nouvelles sur la période</translation>
    </message>
    <message>
        <source>seen before</source>
        <translation>déjà vues</translation>
    </message>
    <message>
        <source>Visits per person (visits with a key)</source>
        <translation>Visites par personne (visites avec clé)</translation>
    </message>
    <message>
        <source>Visits with a key</source>
        <translation>Visites avec clé</translation>
    </message>
    <message>
        <source>The key holds across years: a person seen in an earlier year counts as seen before.</source>
        <translation>La clé vaut d&apos;une année à l&apos;autre : une personne vue une année précédente compte comme déjà vue.</translation>
    </message>
    <message>
        <source>The key changes every 1 January: people are counted within the year, and all are new in January.</source>
        <translation>La clé change chaque 1er janvier : les personnes sont comptées dans l&apos;année, et toutes sont nouvelles en janvier.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A person is counted by a key computed from the birth name, first name and birth date; no name is kept. Visits without a key are not among the distinct people.</source>
        <translation>Une personne est comptée par une clé calculée à partir du nom de naissance, du prénom et de la date de naissance ; aucun nom n&apos;est conservé. Les visites sans clé ne sont pas comptées parmi les personnes distinctes.</translation>
    </message>
    <message>
        <source>Visits counted on paper or entered as past totals carry no key: the share is that of the visits logged live.</source>
        <translation>Les passages comptés sur papier ou saisis comme totaux passés ne portent pas de clé : la part est celle des visites enregistrées à l&apos;accueil.</translation>
    </message>
    <message>
        <source>No collective action was held in the period.</source>
        <translation>Aucune action collective n&apos;a eu lieu sur la période.</translation>
    </message>
    <message>
        <source>Sessions: {sessions}; attendances: {attendances}; distinct participants: {participants}; mean attendance: {mean} people per session.</source>
        <translation>Séances : {sessions} ; présences : {attendances} ; participants distincts : {participants} ; fréquentation moyenne : {mean} personnes par séance.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Distinct participants</source>
        <translation>Participants distincts</translation>
    </message>
    <message>
        <source>Mean attendance</source>
        <translation>Fréquentation moyenne</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>Attendances count the people present at each session; distinct participants count each person once, when they were listed by key (an action counted by head gives attendances only).</source>
        <translation>Les présences comptent les personnes présentes à chaque séance ; les participants distincts comptent chaque personne une seule fois, quand elle a été inscrite par sa clé (une action comptée par effectif ne donne que des présences).</translation>
    </message>
    <message>
        <source>No partner meeting was held in the period.</source>
        <translation>Aucune réunion partenariale n&apos;a eu lieu sur la période.</translation>
    </message>
    <message>
        <source>Meetings held: {held}; partners present: {present} out of {invited} invited ({rate}); excused: {excused}; partners present at least once: {engaged}.</source>
        <translation>Réunions tenues : {held} ; partenaires présents : {present} sur {invited} invités ({rate}) ; excusés : {excused} ; partenaires présents au moins une fois : {engaged}.</translation>
    </message>
    <message>
        <source>Participation of each partner</source>
        <translation>Participation de chaque partenaire</translation>
    </message>
    <message>
        <source>Projects led together</source>
        <translation>Projets menés ensemble</translation>
    </message>
    <message>
        <source>No project led together is recorded for the period.</source>
        <translation>Aucun projet mené ensemble n&apos;est enregistré sur la période.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Participation rate</source>
        <translation>Taux de participation</translation>
    </message>
    <message>
        <source>Distinct people</source>
        <translation>Personnes distinctes</translation>
    </message>
    <message>
        <source>Collective actions</source>
        <translation>Actions collectives</translation>
    </message>
    <message>
        <source>Partnership life</source>
        <translation>Vie partenariale</translation>
    </message>
    <message>
        <source>Share of visits with a key</source>
        <translation>Part des visites avec clé</translation>
    </message>
    <message>
        <source>Partner meetings</source>
        <translation>Réunions partenariales</translation>
    </message>
    <message>
        <source>Partners at meetings</source>
        <translation>Partenaires aux réunions</translation>
    </message>
    <message>
        <source>Visitors oriented</source>
        <translation>Visiteurs orientés</translation>
    </message>
    <message>
        <source>Share of orientations</source>
        <translation>Part des orientations</translation>
    </message>
    <message>
        <source>No permanence was planned in this period.</source>
        <translation>Aucune permanence n&apos;était prévue sur cette période.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenues</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Not held</source>
        <translation>Non tenues</translation>
    </message>
    <message>
        <source>To come</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Cancelled: called off in advance or on a closure day. Not held: the partner did not come.</source>
        <translation>Annulées : décommandées à l&apos;avance ou un jour de fermeture. Non tenues : le partenaire n&apos;est pas venu.</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Hours held</source>
        <translation>Heures occupées</translation>
    </message>
    <message>
        <source>Hours open</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Paper days on a day the Maison was closed, entered with a confirmation: {days}.</source>
        <translation>Journées sur papier un jour de fermeture de la Maison, saisies après confirmation : {days}.</translation>
    </message>
    <message>
        <source>Reception statistics — {month}</source>
        <translation>Statistiques de l&apos;accueil — {month}</translation>
    </message>
    <message>
        <source>Same month {year}</source>
        <translation>Même mois {year}</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>of which {visits} visits entered from paper tally sheets (1 day)</source>
        <translation>dont {visits} passages saisis depuis des feuilles papier (1 jour)</translation>
    </message>
    <message>
        <source>of which {visits} visits entered from paper tally sheets ({days} days)</source>
        <translation>dont {visits} passages saisis depuis des feuilles papier ({days} jours)</translation>
    </message>
    <message>
        <source>of which {visits} visits from the totals kept before the application</source>
        <translation>dont {visits} passages issus des totaux tenus avant l&apos;application</translation>
    </message>
    <message>
        <source>No visit was recorded in {month}.</source>
        <translation>Aucune visite n&apos;a été enregistrée en {month}.</translation>
    </message>
    <message>
        <source>visits in {month}</source>
        <translation>visites en {month}</translation>
    </message>
    <message>
        <source>visits in {month}, in progress up to {day}</source>
        <translation>visites en {month}, en cours au {day}</translation>
    </message>
    <message>
        <source>{previous} in {month_before}: {change}</source>
        <translation>{previous} en {month_before} : {change}</translation>
    </message>
    <message>
        <source>Visits by request</source>
        <translation>Visites par motif</translation>
    </message>
    <message>
        <source>Visits by weekday and hour</source>
        <translation>Visites par jour et par heure</translation>
    </message>
    <message>
        <source>Channel and outcome</source>
        <translation>Canal et suite donnée</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>The year {year} is in progress: its figures run to {day} and are compared with the same days of {before}.</source>
        <translation>L&apos;année {year} est en cours : ses chiffres vont jusqu&apos;au {day} et sont comparés aux mêmes jours de {before}.</translation>
    </message>
    <message>
        <source>Counting began on {day}: before it the figures are not known (n.d.), and no growth is computed from them.</source>
        <translation>Le comptage a commencé le {day} : avant, les chiffres ne sont pas connus (n.d.) et aucune évolution n&apos;en est calculée.</translation>
    </message>
    <message>
        <source>{year}: {total} visits, of which {visits} entered from paper tally sheets (1 day).</source>
        <translation>{year} : {total} passages, dont {visits} saisis depuis des feuilles papier (1 jour).</translation>
    </message>
    <message>
        <source>{year}: {total} visits, of which {visits} entered from paper tally sheets ({days} days).</source>
        <translation>{year} : {total} passages, dont {visits} saisis depuis des feuilles papier ({days} jours).</translation>
    </message>
    <message>
        <source>{years}: totals entered from the records kept before the application; their channel, hour and profile are not noted.</source>
        <translation>{years} : totaux saisis depuis les relevés tenus avant l&apos;application ; leur canal, leur heure et le profil ne sont pas renseignés.</translation>
    </message>
    <message>
        <source>The figures of {year} are not known: nothing is counted yet.</source>
        <translation>Les chiffres de {year} ne sont pas connus : rien n&apos;est encore compté.</translation>
    </message>
    <message>
        <source>The figures of {year} are not known (n.d.): counting began on {day}.</source>
        <translation>Les chiffres de {year} ne sont pas connus (n.d.) : le comptage a commencé le {day}.</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>No profile field is recorded at the reception.</source>
        <translation>Aucun champ de profil n&apos;est relevé à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Each field is optional at the reception: a visit where it was not asked counts as not noted.</source>
        <translation>Chaque champ est facultatif à l&apos;accueil : une visite où il n&apos;a pas été demandé compte comme non renseignée.</translation>
    </message>
    <message>
        <source>Same days of {year}</source>
        <translation>Mêmes jours de {year}</translation>
    </message>
    <message>
        <source>Channels and outcomes</source>
        <translation>Canaux et suites données</translation>
    </message>
    <message>
        <source>Visitors&apos; profile</source>
        <translation>Profil des visiteurs</translation>
    </message>
    <message>
        <source>Orientations by partner</source>
        <translation>Orientations par partenaire</translation>
    </message>
    <message>
        <source>Permanences and offices</source>
        <translation>Permanences et bureaux</translation>
    </message>
    <message>
        <source>Permanences held</source>
        <translation>Permanences tenues</translation>
    </message>
    <message>
        <source>No visit was recorded in {year}.</source>
        <translation>Aucune visite n&apos;a été enregistrée en {year}.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>year {year} in progress, up to {day}</source>
        <translation>année {year} en cours, au {day}</translation>
    </message>
    <message>
        <source>from 1 January to 31 December {year}</source>
        <translation>du 1er janvier au 31 décembre {year}</translation>
    </message>
    <message>
        <source>change on the same days of {year}</source>
        <translation>évolution sur les mêmes jours de {year}</translation>
    </message>
    <message>
        <source>change on {year}</source>
        <translation>évolution sur {year}</translation>
    </message>
    <message>
        <source>visits to the reception</source>
        <translation>passages à l&apos;accueil</translation>
    </message>
    <message>
        <source>visitors oriented to a partner</source>
        <translation>personnes orientées vers un partenaire</translation>
    </message>
    <message>
        <source>permanences held by the partners</source>
        <translation>permanences tenues par les partenaires</translation>
    </message>
    <message>
        <source>partners present in the offices</source>
        <translation>partenaires présents dans les bureaux</translation>
    </message>
    <message>
        <source>Annual review {year}</source>
        <translation>Bilan d&apos;activité {year}</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Change on the year before</source>
        <translation>Évolution sur l&apos;année précédente</translation>
    </message>
    <message>
        <source>Average annual growth from {first} to {last} (whole years): {growth}</source>
        <translation>Croissance annuelle moyenne de {first} à {last} (années entières) : {growth}</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>D&apos;où viennent les chiffres</translation>
    </message>
    <message>
        <source>No observation was written for {year}.</source>
        <translation>Aucune observation n&apos;a été écrite pour {year}.</translation>
    </message>
    <message>
        <source>Visits over three years</source>
        <translation>Les visites sur trois ans</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Average annual growth over {years} years: {growth}</source>
        <translation>Croissance annuelle moyenne sur {years} ans : {growth}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Visits month by month</source>
        <translation>Les visites mois par mois</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Permanences</source>
        <translation>Permanences</translation>
    </message>
    <message>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>n.d.: not known (counting had not begun)</source>
        <translation>n.d. : non disponible (le comptage n&apos;avait pas commencé)</translation>
    </message>
</context>
<context>
    <name>StatisticsView</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Affic&amp;her</translation>
    </message>
    <message>
        <source>&amp;Preview the sheet…</source>
        <translation>A&amp;perçu de la fiche…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport the review (xlsx)…</source>
        <translation>E&amp;xporter le bilan (xlsx)…</translation>
    </message>
    <message>
        <source>Visits by request</source>
        <translation>Visites par motif</translation>
    </message>
    <message>
        <source>Visits by weekday and hour</source>
        <translation>Visites par jour et par heure</translation>
    </message>
    <message>
        <source>Visits by channel</source>
        <translation>Visites par canal</translation>
    </message>
    <message>
        <source>Visits by outcome</source>
        <translation>Visites par suite donnée</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Days and hours</source>
        <translation>Jours et heures</translation>
    </message>
    <message>
        <source>Channel and outcome</source>
        <translation>Canal et suite donnée</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Preparing the review…</source>
        <translation>Préparation du bilan…</translation>
    </message>
    <message>
        <source>Orientations by partner</source>
        <translation>Orientations par partenaire</translation>
    </message>
    <message>
        <source>Permanences</source>
        <translation>Permanences</translation>
    </message>
    <message>
        <source>Permanences held</source>
        <translation>Permanences tenues</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Annual review {year}</source>
        <translation>Bilan {year}</translation>
    </message>
    <message>
        <source>Statistics sheet</source>
        <translation>Fiche statistique</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <source>Print the sheet</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The printer “{printer}” could not print the sheet. Save it as a PDF to print it later?</source>
        <translation>L&apos;imprimante « {printer} » n&apos;a pas pu imprimer la fiche. L&apos;enregistrer en PDF pour l&apos;imprimer plus tard ?</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Export the review</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Sheet for the &amp;wall…</source>
        <translation>Affiche pour le &amp;mur…</translation>
    </message>
    <message>
        <source>One page to pin up: the total and the first requests, readable from two metres</source>
        <translation>Une page à afficher : le total et les premières demandes, lisibles à deux mètres</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>Its name and address head every printed sheet. You can change them later in the settings.</source>
        <translation>Son nom et son adresse figurent en tête de chaque feuille imprimée. Vous pourrez les changer plus tard dans les réglages.</translation>
    </message>
    <message>
        <source>Name of the structure</source>
        <translation>Nom de la structure</translation>
    </message>
    <message>
        <source>1 place de la Mairie
21000 Dijon</source>
        <translation>1 place de la Mairie
21000 Dijon</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
</context>
<context>
    <name>StructureTab</name>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>The name and the address head the monthly sheet, the annual review and the guide.</source>
        <translation>Le nom et l&apos;adresse figurent en tête de la feuille mensuelle, du bilan annuel et du guide des permanences.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
</context>
<context>
    <name>TallySheet</name>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>{half} (closed)</source>
        <translation>{half} (fermé)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Touche</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>of which first visits</source>
        <translation>dont premières visites</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>The Maison is closed on this day ({reason}).</source>
        <translation>La Maison est fermée ce jour-là ({reason}).</translation>
    </message>
    <message>
        <source>The Maison is closed for part of this day: {part}.</source>
        <translation>La Maison est fermée une partie de ce jour : {part}.</translation>
    </message>
    <message>
        <source>Counted by: {blank}</source>
        <translation>Compté par : {blank}</translation>
    </message>
    <message>
        <source>Entered in the app on {blank} by {name}</source>
        <translation>Saisi dans l&apos;application le {blank} par {name}</translation>
    </message>
    <message>
        <source>Tally sheet — {day}</source>
        <translation>Feuille de comptage — {day}</translation>
    </message>
    <message>
        <source>Tally sheet</source>
        <translation>Feuille de comptage</translation>
    </message>
    <message>
        <source>One stroke per visit, five strokes per box. Enter the counts in the app the next day.</source>
        <translation>Un trait par passage, cinq traits par case. Saisir les comptes dans l&apos;application le lendemain.</translation>
    </message>
    <message>
        <source>Channel and first visits</source>
        <translation>Canal et premières visites</translation>
    </message>
    <message>
        <source>the morning ({reason})</source>
        <translation>le matin ({reason})</translation>
    </message>
    <message>
        <source>the afternoon ({reason})</source>
        <translation>l&apos;après-midi ({reason})</translation>
    </message>
    <message>
        <source>from {start} to {end} ({reason})</source>
        <translation>de {start} à {end} ({reason})</translation>
    </message>
</context>
<context>
    <name>TallySheetDialog</name>
    <message>
        <source>Print the tally sheet</source>
        <translation>Imprimer la feuille de comptage</translation>
    </message>
    <message>
        <source>The sheet to count visits on paper when the computer cannot be used: the requests with the reception&apos;s keys, a column for the morning and one for the afternoon.</source>
        <translation>La feuille pour compter les passages sur papier quand l&apos;ordinateur ne peut pas servir : les demandes avec les touches de l&apos;accueil, une colonne pour le matin et une pour l&apos;après-midi.</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>The printer “{printer}” could not print the sheet. Save it as a PDF to print it later?</source>
        <translation>L&apos;imprimante « {printer} » n&apos;a pas pu imprimer la feuille. L&apos;enregistrer en PDF pour l&apos;imprimer plus tard ?</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Échec de l&apos;impression</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
</context>
<context>
    <name>TodayPanel</name>
    <message>
        <source>Permanences today</source>
        <translation>Permanences du jour</translation>
    </message>
    <message>
        <source>The Maison is closed today ({reason}).</source>
        <translation>La Maison est fermée aujourd&apos;hui ({reason}).</translation>
    </message>
    <message>
        <source>The permanence of {partner} from {start} to {end}</source>
        <translation>La permanence de {partner} de {start} à {end}</translation>
    </message>
    <message>
        <source>{partner} came after all ({key})</source>
        <translation>{partner} est venu finalement ({key})</translation>
    </message>
    <message>
        <source>{partner} did not come ({key})</source>
        <translation>{partner} n&apos;est pas venu ({key})</translation>
    </message>
    <message>
        <source>The Maison closes this afternoon ({reason}).</source>
        <translation>La Maison ferme cet après-midi ({reason}).</translation>
    </message>
    <message>
        <source>The Maison is closed this morning ({reason}).</source>
        <translation>La Maison est fermée ce matin ({reason}).</translation>
    </message>
    <message>
        <source>The Maison closes at {start} today ({reason}).</source>
        <translation>La Maison ferme à {start} aujourd&apos;hui ({reason}).</translation>
    </message>
    <message>
        <source>The Maison is closed from {start} to {end} today ({reason}).</source>
        <translation>La Maison est fermée de {start} à {end} aujourd&apos;hui ({reason}).</translation>
    </message>
    <message>
        <source>now {partner} until {end}</source>
        <translation>en ce moment {partner} jusqu&apos;à {end}</translation>
    </message>
    <message>
        <source>next {partner} at {start}</source>
        <translation>ensuite {partner} à {start}</translation>
    </message>
    <message>
        <source>{partner} did not come</source>
        <translation>{partner} n&apos;est pas venu</translation>
    </message>
    <message>
        <source>no more permanence today</source>
        <translation>plus de permanence aujourd&apos;hui</translation>
    </message>
    <message>
        <source>no permanence today</source>
        <translation>pas de permanence aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>VisitTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Oriented to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>VisitsFile</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Secondary requests</source>
        <translation>Motifs secondaires</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Suite donnée</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Première visite</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visit id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>VisitsImport</name>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Importer des visites</translation>
    </message>
    <message>
        <source>Importing the visits: {done} of {total}…</source>
        <translation>Import des visites : {done} sur {total}…</translation>
    </message>
    <message>
        <source>{imported} visit(s) imported, {present} recognised as already present.</source>
        <translation>{imported} visite(s) importée(s), {present} reconnue(s) comme déjà présente(s).</translation>
    </message>
</context>
<context>
    <name>WallSheet</name>
    <message>
        <source>month in progress, up to {day}</source>
        <translation>mois en cours, au {day}</translation>
    </message>
    <message>
        <source>in progress, up to {day}</source>
        <translation>en cours, au {day}</translation>
    </message>
    <message>
        <source>{period}: {unknown}</source>
        <translation>{period} : {unknown}</translation>
    </message>
    <message>
        <source>{period}: {previous} ({change})</source>
        <translation>{period} : {previous} ({change})</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>passages</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>The most frequent requests</source>
        <translation>Les demandes les plus fréquentes</translation>
    </message>
    <message>
        <source>No visit was recorded.</source>
        <translation>Aucun passage n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>of which {count} visits entered from paper tally sheets (1 day)</source>
        <translation>dont {count} passages saisis depuis des feuilles papier (1 jour)</translation>
    </message>
    <message>
        <source>of which {count} visits entered from paper tally sheets ({days} days)</source>
        <translation>dont {count} passages saisis depuis des feuilles papier ({days} jours)</translation>
    </message>
    <message>
        <source>{held} permanences of partners held</source>
        <translation>{held} permanences de partenaires tenues</translation>
    </message>
    <message>
        <source>{held} permanences of partners held, {not_held} not held</source>
        <translation>{held} permanences de partenaires tenues, {not_held} non tenues</translation>
    </message>
    <message>
        <source>Reception — {period}</source>
        <translation>Accueil — {period}</translation>
    </message>
</context>
<context>
    <name>WeekGridModel</name>
    <message>
        <source>{day} · closed</source>
        <translation>{day} · fermé</translation>
    </message>
    <message>
        <source>Closed: {reason}</source>
        <translation>Fermé : {reason}</translation>
    </message>
    <message>
        <source>{day} · today</source>
        <translation>{day} · aujourd&apos;hui</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>not held</source>
        <translation>non tenue</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
</TS>
