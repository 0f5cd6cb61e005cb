import type { EntityManager } from '@mikro-orm/postgresql';
import { Factory } from '../factories/factory.entity.js';
import { Territory, TerritoryKind } from '../factories/territory.entity.js';
import { Membership, MembershipRole } from '../identity/membership.entity.js';
import { hashPassword } from '../identity/tokens.js';
import { User } from '../identity/user.entity.js';
import { Need, NeedStatus } from '../needs/need.entity.js';
import { Theme } from '../needs/theme.entity.js';
import { seedDemoInitiatives } from '../library/demo-initiatives.js';
import { seedDemoPipeline } from '../projects/demo-pipeline.js';

export const DEMO_EMAIL = 'demo@germoir.local';
export const DEMO_PASSWORD = 'germoir-demo';

/*
 * Demo data: a factory in the style of the "Serre à projets" of the Nancy area. Territory names are real
 * places; the factory, people, needs and sources are fictional (sources point at example.org).
 */
const NEEDS: { theme: string; territory: 'metro' | 'haye' | 'nations'; title: string; description: string; evidence: string; reportedBy: string; status?: NeedStatus }[] = [
  { theme: 'alimentation-durable', territory: 'haye', title: 'Pas de commerce de fruits et légumes frais à pied', description: 'Les habitants doivent prendre le bus pour acheter des produits frais.', evidence: '7 personnes sur 10 interrogées au marché citent la distance (enquête de démonstration).', reportedBy: 'Conseil citoyen (fictif)' },
  { theme: 'alimentation-durable', territory: 'metro', title: 'Les producteurs bio locaux manquent de débouchés transformés', description: 'Les surplus de légumes de saison sont perdus faute de conserverie.', evidence: 'Entretiens avec 12 maraîchers (démo).', reportedBy: 'Chambre d’agriculture (fictif)', status: NeedStatus.IN_PROGRESS },
  { theme: 'mobilites-douces', territory: 'nations', title: 'Aucun atelier de réparation de vélos dans le quartier', description: 'Les vélos abîmés restent dans les caves.', evidence: 'Comptage de 40 vélos hors d’usage dans deux immeubles (démo).', reportedBy: 'Association de locataires (fictive)' },
  { theme: 'mobilites-douces', territory: 'metro', title: 'Se rendre aux zones d’emploi sans voiture reste difficile', description: 'Horaires décalés non couverts par les transports en commun.', evidence: 'Signalements de la mission locale (démo).', reportedBy: 'Mission locale (fictive)' },
  { theme: 'economie-circulaire', territory: 'metro', title: 'Trop d’objets réutilisables finissent en déchetterie', description: 'Meubles et électroménager en état de marche jetés faute de filière de réemploi.', evidence: 'Estimation de 300 tonnes par an (chiffre de démonstration).', reportedBy: 'Service déchets (fictif)', status: NeedStatus.ADDRESSED },
  { theme: 'economie-circulaire', territory: 'haye', title: 'Pas de lieu pour réparer ses appareils', description: 'Les petits appareils en panne sont remplacés plutôt que réparés.', evidence: 'Questionnaire au centre social (démo).', reportedBy: 'Centre social (fictif)' },
  { theme: 'energies-citoyennes', territory: 'metro', title: 'Les toitures publiques ne produisent pas d’énergie', description: 'Des écoles et gymnases pourraient accueillir des panneaux en financement citoyen.', evidence: 'Inventaire de 25 toitures (démo).', reportedBy: 'Élue à la transition (fictive)' },
  { theme: 'habitat', territory: 'nations', title: 'Des logements mal isolés et des factures qui explosent', description: 'Précarité énergétique dans les copropriétés anciennes.', evidence: 'Permanences d’accès aux droits (démo).', reportedBy: 'Espace info énergie (fictif)' },
  { theme: 'sante-et-soin', territory: 'haye', title: 'Les personnes âgées isolées renoncent aux soins', description: 'Difficulté à se déplacer vers les cabinets médicaux.', evidence: 'Repérage par les aides à domicile (démo).', reportedBy: 'CCAS (fictif)' },
  { theme: 'culture', territory: 'nations', title: 'Peu d’offre culturelle de proximité pour les adolescents', description: 'Les jeunes de 12 à 16 ans n’ont pas de lieu de pratique.', evidence: 'Atelier jeunesse (démo).', reportedBy: 'Maison des jeunes (fictive)' },
  { theme: 'insertion-et-emploi', territory: 'metro', title: 'Peu d’emplois accessibles sans qualification', description: 'Les parcours d’insertion manquent de supports d’activité.', evidence: 'Données de démonstration du service emploi.', reportedBy: 'Service emploi (fictif)' },
  { theme: 'numerique', territory: 'haye', title: 'Démarches en ligne impossibles sans accompagnement', description: 'Fracture numérique pour les démarches administratives.', evidence: 'File d’attente à la permanence numérique (démo).', reportedBy: 'Médiatrice numérique (fictive)' },
  { theme: 'lien-social', territory: 'nations', title: 'Pas de lieu convivial ouvert en soirée', description: 'Les habitants souhaitent un café associatif.', evidence: 'Balade urbaine participative (démo).', reportedBy: 'Conseil citoyen (fictif)' },
  { theme: 'lien-social', territory: 'metro', title: 'Les funérailles coûtent trop cher aux familles modestes', description: 'Absence d’offre funéraire coopérative et transparente.', evidence: 'Témoignages recueillis par une association (démo).', reportedBy: 'Association d’entraide (fictive)' },
];

/** Seeds the demo factory once, on an empty database. Returns whether it did. */
export async function seedDemo(em: EntityManager): Promise<boolean> {
  return em.transactional(async (tx) => {
    await tx.getConnection().execute('select pg_advisory_xact_lock(727163)');
    const [marker] = await tx.getConnection().execute<{ value: string }[]>(`select value from app_setting where name = 'demo_seeded'`);
    if (marker || (await tx.count(Factory, {})) > 0) return false;

    const metro = new Territory('Métropole du Grand Nancy', TerritoryKind.INTERCOMMUNALITE);
    const haye = new Territory('Plateau de Haye', TerritoryKind.QPV, null, metro);
    const nations = new Territory('Haussonville - Les Nations', TerritoryKind.QPV, null, metro);
    const factory = new Factory('Serre à projets — Grand Nancy (démo)', 'serre-a-projets-demo', metro);
    factory.description = 'Fabrique à projets de démonstration : elle repère les besoins non satisfaits du territoire, imagine des activités avec les habitants et les confie à des entrepreneurs sociaux.';
    const hash = await hashPassword(DEMO_PASSWORD);
    const owner = new User(DEMO_EMAIL, 'Camille Demo', hash);
    const facilitator = new User('animation@germoir.local', 'Sami Demo', hash);
    tx.persist([metro, haye, nations, factory, owner, facilitator]);
    tx.persist(new Membership(owner, factory, MembershipRole.OWNER));
    tx.persist(new Membership(facilitator, factory, MembershipRole.FACILITATOR));

    const themes = new Map((await tx.find(Theme, { factory: null })).map((t) => [t.slug, t]));
    const places = { metro, haye, nations };
    const start = Date.UTC(2026, 8, 1);
    NEEDS.forEach((n, i) => {
      const need = new Need({ factory, territory: places[n.territory], theme: themes.get(n.theme)!, title: n.title, createdBy: i % 2 ? facilitator : owner });
      need.description = n.description;
      need.evidence = n.evidence;
      need.reportedBy = n.reportedBy;
      need.status = n.status ?? NeedStatus.OPEN;
      need.sources = [{ url: `https://example.org/demo/diagnostic-${i + 1}`, title: 'Diagnostic de territoire (démonstration)' }];
      need.createdAt = need.updatedAt = new Date(start + i * 86_400_000);
      tx.persist(need);
    });
    seedDemoInitiatives(tx, factory, themes, [owner, facilitator]);
    await tx.flush();
    await seedDemoPipeline(tx, factory, [owner, facilitator]);
    await tx.getConnection().execute(`insert into app_setting (name, value) values ('demo_seeded', now()::text)`);
    return true;
  });
}
