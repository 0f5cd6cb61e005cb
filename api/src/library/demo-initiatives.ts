import type { EntityManager } from '@mikro-orm/postgresql';
import type { Factory } from '../factories/factory.entity.js';
import type { User } from '../identity/user.entity.js';
import type { Theme } from '../needs/theme.entity.js';
import { ChangeAction, InitiativeChange } from './initiative-change.entity.js';
import { Initiative, InitiativeStatus, LegalForm as L, Precondition as P, ReplicationMode as R } from './initiative.entity.js';

/*
 * The demo library: initiatives of the kinds a factory studies. Every organisation here is FICTIONAL
 * (invented names, figures and contacts; sources on example.org); only the towns, départements and
 * régions are real places. The kinds of activity, legal forms and replication modes are typical of
 * the social and solidarity economy.
 */

type Place = [town: string, postcode: string, departement: string, region: string];
const GE = 'Grand Est';
const HDF = 'Hauts-de-France';
const PDL = 'Pays de la Loire';
const ARA = 'Auvergne-Rhône-Alpes';
const OCC = 'Occitanie';
const NAQ = 'Nouvelle-Aquitaine';
const BFC = 'Bourgogne-Franche-Comté';
const IDF = 'Île-de-France';

const PLACES: Record<string, Place> = {
  nancy: ['Nancy', '54000', 'Meurthe-et-Moselle', GE],
  toul: ['Toul', '54200', 'Meurthe-et-Moselle', GE],
  luneville: ['Lunéville', '54300', 'Meurthe-et-Moselle', GE],
  metz: ['Metz', '57000', 'Moselle', GE],
  epinal: ['Épinal', '88000', 'Vosges', GE],
  strasbourg: ['Strasbourg', '67000', 'Bas-Rhin', GE],
  reims: ['Reims', '51100', 'Marne', GE],
  lille: ['Lille', '59000', 'Nord', HDF],
  roubaix: ['Roubaix', '59100', 'Nord', HDF],
  amiens: ['Amiens', '80000', 'Somme', HDF],
  nantes: ['Nantes', '44000', 'Loire-Atlantique', PDL],
  angers: ['Angers', '49000', 'Maine-et-Loire', PDL],
  rennes: ['Rennes', '35000', 'Ille-et-Vilaine', 'Bretagne'],
  brest: ['Brest', '29200', 'Finistère', 'Bretagne'],
  lyon: ['Lyon', '69000', 'Rhône', ARA],
  grenoble: ['Grenoble', '38000', 'Isère', ARA],
  die: ['Die', '26150', 'Drôme', ARA],
  toulouse: ['Toulouse', '31000', 'Haute-Garonne', OCC],
  figeac: ['Figeac', '46100', 'Lot', OCC],
  montpellier: ['Montpellier', '34000', 'Hérault', OCC],
  marseille: ['Marseille', '13000', 'Bouches-du-Rhône', 'Provence-Alpes-Côte d’Azur'],
  bordeaux: ['Bordeaux', '33000', 'Gironde', NAQ],
  limoges: ['Limoges', '87000', 'Haute-Vienne', NAQ],
  niort: ['Niort', '79000', 'Deux-Sèvres', NAQ],
  dijon: ['Dijon', '21000', 'Côte-d’Or', BFC],
  besancon: ['Besançon', '25000', 'Doubs', BFC],
  tours: ['Tours', '37000', 'Indre-et-Loire', 'Centre-Val de Loire'],
  rouen: ['Rouen', '76000', 'Seine-Maritime', 'Normandie'],
  saintDenis: ['Saint-Denis', '93200', 'Seine-Saint-Denis', IDF],
};

interface Demo {
  slug: string;
  name: string;
  summary: string;
  description: string;
  place: keyof typeof PLACES;
  themes: string[];
  legalForm: L;
  year: number;
  jobs: number;
  funders: string[];
  revenue: string[];
  model: string;
  mode: R;
  preconditions: P[];
  minPopulation?: number;
  transferable: string;
  draft?: boolean;
}

const DEMO: Demo[] = [
  // Réemploi: recycleries, ressourceries, repair cafés.
  { slug: 'recyclerie-deux-rives', name: 'Recyclerie des Deux Rives', summary: 'Collecte, tri, réparation et revente d’objets de seconde main en chantier d’insertion', description: 'Une recyclerie de quartier qui détourne meubles, vaisselle, livres et petit électroménager de la déchetterie. Les salariés en insertion collectent, trient, réparent et vendent en boutique solidaire.', place: 'metz', themes: ['economie-circulaire', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2014, jobs: 18, funders: ['Département', 'Métropole', 'État (aide au poste)'], revenue: ['Ventes en boutique', 'Aides au poste', 'Prestations de collecte'], model: 'Ventes en boutique et prestations de collecte pour la collectivité ; aides au poste pour les parcours d’insertion.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN, P.PERIURBAN], minPopulation: 40000, transferable: 'Organisation de la collecte et du tri, convention avec la déchetterie, grille de prix en boutique.' },
  { slug: 'ressourcerie-grenier-partage', name: 'Ressourcerie Le Grenier Partagé', summary: 'Une ressourcerie associative avec boutique, atelier de réparation et sensibilisation au réemploi', description: 'La ressourcerie collecte à domicile et en apport volontaire, revalorise les objets et anime des ateliers de sensibilisation dans les écoles.', place: 'roubaix', themes: ['economie-circulaire', 'lien-social'], legalForm: L.ASSOCIATION, year: 2011, jobs: 9, funders: ['Région Hauts-de-France', 'Fondation (fictive) du réemploi'], revenue: ['Ventes', 'Adhésions', 'Subventions'], model: 'Boutique ouverte quatre jours par semaine, adhésions, subventions d’animation.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN, P.QPV], transferable: 'Charte des quatre fonctions (collecte, valorisation, vente, sensibilisation), outils de suivi des tonnages.' },
  { slug: 'recyclerie-rurale-vallee', name: 'Recyclerie rurale de la Vallée', summary: 'Recyclerie itinérante qui passe de village en village avec un camion-boutique', description: 'Faute de locaux en centre-bourg, la recyclerie tourne chaque semaine sur les marchés de huit communes rurales.', place: 'figeac', themes: ['economie-circulaire'], legalForm: L.ASSOCIATION, year: 2018, jobs: 4, funders: ['Communauté de communes', 'Programme européen LEADER'], revenue: ['Ventes', 'Subventions'], model: 'Ventes sur les marchés, convention avec l’intercommunalité pour la réduction des déchets.', mode: R.FREE_INSPIRATION, preconditions: [P.RURAL], transferable: 'Tournée type, aménagement du camion, convention avec les marchés.' },
  { slug: 'ressourcerie-numerique', name: 'Ressourcerie numérique Octet Solidaire', summary: 'Reconditionnement d’ordinateurs donnés par les entreprises, revendus à petit prix aux familles', description: 'Les ordinateurs réformés des entreprises et collectivités sont effacés, reconditionnés et revendus avec un accompagnement à la prise en main.', place: 'saintDenis', themes: ['numerique', 'economie-circulaire', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2016, jobs: 14, funders: ['Département', 'Mécénat d’entreprises'], revenue: ['Ventes', 'Prestations d’effacement de données'], model: 'Prestations d’effacement certifié facturées aux entreprises donatrices ; ventes solidaires sur justificatif.', mode: R.SOCIAL_FRANCHISE, preconditions: [P.URBAN], minPopulation: 100000, transferable: 'Procédure d’effacement, partenariats donateurs, formation des techniciens.' },
  { slug: 'repair-cafe-faubourg', name: 'Repair Café du Faubourg', summary: 'Un samedi par mois, des bénévoles réparent avec les habitants leurs objets en panne', description: 'Petit électroménager, vêtements, vélos, jouets : on répare ensemble autour d’un café. Les réparations réussies sont comptées et publiées.', place: 'nancy', themes: ['economie-circulaire', 'lien-social'], legalForm: L.ASSOCIATION, year: 2015, jobs: 0, funders: ['Ville'], revenue: ['Dons', 'Subvention municipale'], model: 'Entièrement bénévole ; dons libres des participants.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.PERIURBAN, P.RURAL], transferable: 'Fiches de sécurité, registre des réparations, assurance, appel aux bénévoles.' },
  { slug: 'repair-cafe-quartier-nord', name: 'Repair Café du Quartier Nord', summary: 'Atelier de réparation dans le centre social d’un quartier prioritaire', description: 'Animé par le centre social avec des retraités bricoleurs, l’atelier forme aussi des jeunes du quartier à la réparation.', place: 'amiens', themes: ['economie-circulaire', 'lien-social'], legalForm: L.ASSOCIATION, year: 2019, jobs: 1, funders: ['Contrat de ville'], revenue: ['Subventions'], model: 'Un mi-temps d’animation financé par le contrat de ville.', mode: R.FREE_INSPIRATION, preconditions: [P.QPV], transferable: 'Partenariat avec le centre social, parcours de formation des jeunes bénévoles.' },
  { slug: 'atelier-velo-rustine', name: 'Atelier vélo La Rustine', summary: 'Atelier participatif où chacun apprend à réparer son vélo, et vente de vélos d’occasion', description: 'Les adhérents réparent eux-mêmes avec l’aide de mécaniciens ; les vélos abandonnés récupérés sont remis en état et revendus.', place: 'rennes', themes: ['mobilites-douces', 'economie-circulaire'], legalForm: L.ASSOCIATION, year: 2010, jobs: 5, funders: ['Métropole', 'Région Bretagne'], revenue: ['Adhésions', 'Ventes de vélos', 'Subventions'], model: 'Adhésions annuelles, vente de vélos reconditionnés, subventions mobilité.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN], minPopulation: 50000, transferable: 'Fonctionnement de l’atelier participatif, outillage, récupération des vélos abandonnés avec les bailleurs.' },

  // Alimentation: conserveries, légumeries, épiceries solidaires.
  { slug: 'conserverie-coteaux', name: 'Conserverie des Coteaux', summary: 'Conserverie coopérative qui transforme les légumes invendus des maraîchers en bocaux', description: 'Les surplus et légumes déclassés des producteurs bio du territoire sont transformés en soupes, coulis et légumes en bocaux vendus en circuits courts et à la restauration collective.', place: 'toul', themes: ['alimentation-durable', 'insertion-et-emploi'], legalForm: L.SCIC, year: 2019, jobs: 7, funders: ['Région Grand Est', 'Département', 'Banque coopérative'], revenue: ['Ventes de bocaux', 'Prestations de transformation à façon'], model: 'Vente de produits sous sa marque et transformation à façon pour les producteurs sociétaires.', mode: R.SOCIAL_FRANCHISE, preconditions: [P.RURAL, P.PERIURBAN], minPopulation: 30000, transferable: 'Plan HACCP, recettes, gouvernance SCIC avec producteurs, plan d’équipement.' },
  { slug: 'conserverie-mobile-bocal', name: 'Conserverie mobile Le Bocal Roulant', summary: 'Un camion-atelier de transformation qui va de ferme en ferme', description: 'Le laboratoire mobile permet aux petits producteurs de transformer leur récolte sur place sans investir dans un atelier.', place: 'die', themes: ['alimentation-durable'], legalForm: L.SCOP, year: 2021, jobs: 3, funders: ['Programme européen LEADER', 'Région Auvergne-Rhône-Alpes'], revenue: ['Prestations de transformation'], model: 'Prestation à la journée facturée aux producteurs.', mode: R.LICENCE, preconditions: [P.RURAL], transferable: 'Plans d’aménagement du camion, agrément sanitaire, planning de tournée.' },
  { slug: 'legumerie-cantines', name: 'Légumerie solidaire des Cantines', summary: 'Légumerie d’insertion qui lave, épluche et coupe les légumes locaux pour les cantines', description: 'Chaînon manquant entre maraîchers et restauration collective : la légumerie prépare des légumes crus de quatrième gamme livrés aux cuisines centrales.', place: 'angers', themes: ['alimentation-durable', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2017, jobs: 16, funders: ['Département', 'Agglomération'], revenue: ['Ventes à la restauration collective', 'Aides au poste'], model: 'Contrats annuels avec les cuisines centrales ; aides au poste.', mode: R.FREE_INSPIRATION, preconditions: [P.PERIURBAN], minPopulation: 80000, transferable: 'Dimensionnement de l’outil, contrats avec les cuisines, parcours d’insertion.' },
  { slug: 'epicerie-passerelle', name: 'Épicerie solidaire La Passerelle', summary: 'Épicerie où les foyers modestes paient 10 à 30 % du prix, avec un accompagnement budgétaire', description: 'Orientés par les travailleurs sociaux, les foyers accèdent pour quelques mois à des produits frais et d’hygiène à prix réduit, et à des ateliers cuisine et budget.', place: 'lille', themes: ['alimentation-durable', 'lien-social'], legalForm: L.ASSOCIATION, year: 2008, jobs: 3, funders: ['CCAS', 'Département', 'Fondation (fictive) Solidarité'], revenue: ['Participations des bénéficiaires', 'Subventions'], model: 'Participation symbolique des foyers, subventions des collectivités et dons alimentaires.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN, P.QPV], transferable: 'Critères d’accès avec les travailleurs sociaux, approvisionnement, ateliers.' },
  { slug: 'epicerie-mixte-quatre-saisons', name: 'Épicerie mixte Les Quatre Saisons', summary: 'Épicerie ouverte à tous, où les clients aisés paient plus pour que d’autres paient moins', description: 'Une épicerie à double tarif sans stigmatisation : chacun fait ses courses au même endroit, le prix dépend du quotient familial.', place: 'grenoble', themes: ['alimentation-durable', 'lien-social'], legalForm: L.SCIC, year: 2020, jobs: 4, funders: ['Ville', 'Prêt d’honneur (fictif)'], revenue: ['Ventes', 'Subventions'], model: 'Marge sur les ventes au tarif plein qui finance le tarif solidaire.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN], minPopulation: 30000, transferable: 'Grille de double tarification, gouvernance SCIC avec les habitants.' },
  { slug: 'epicerie-itinerante', name: 'Épicerie itinérante du Plateau', summary: 'Un camion-épicerie solidaire qui dessert les villages sans commerce', description: 'Produits locaux et de première nécessité livrés chaque semaine sur les places des villages ; commandes possibles par téléphone.', place: 'limoges', themes: ['alimentation-durable', 'lien-social'], legalForm: L.ASSOCIATION, year: 2022, jobs: 2, funders: ['Communauté de communes'], revenue: ['Ventes', 'Subventions'], model: 'Ventes et subvention de fonctionnement de l’intercommunalité.', mode: R.FREE_INSPIRATION, preconditions: [P.RURAL], transferable: 'Tournée, aménagement du véhicule, partenariats producteurs.', draft: true },
  { slug: 'cantine-solidaire', name: 'Cantine solidaire La Grande Tablée', summary: 'Restaurant à prix libre cuisinant les invendus, ouvert à tous le midi', description: 'Cuisine de produits invendus récupérés auprès des commerces ; les convives paient ce qu’ils peuvent.', place: 'marseille', themes: ['alimentation-durable', 'lien-social', 'insertion-et-emploi'], legalForm: L.ASSOCIATION, year: 2018, jobs: 6, funders: ['Ville', 'Département'], revenue: ['Repas à prix libre', 'Traiteur', 'Subventions'], model: 'Activité traiteur pour les entreprises qui équilibre le prix libre du midi.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.QPV], transferable: 'Circuit de récupération des invendus, activité traiteur.' },

  // Mobilités.
  { slug: 'garage-solidaire-lauragais', name: 'Garage solidaire du Lauragais', summary: 'Entretien et réparation de voitures à bas coût pour les personnes en insertion', description: 'Les personnes orientées par les prescripteurs font réparer leur voiture au prix des pièces et d’une main-d’œuvre réduite ; location de véhicules pour une reprise d’emploi.', place: 'toulouse', themes: ['mobilites-douces', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2013, jobs: 11, funders: ['Département', 'Région Occitanie'], revenue: ['Réparations', 'Locations', 'Aides au poste'], model: 'Double tarif (solidaire, classique), location de voitures, aides au poste.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.PERIURBAN, P.RURAL], transferable: 'Critères d’accès avec les prescripteurs, double tarification, flotte de location.' },
  { slug: 'auto-ecole-sociale', name: 'Auto-école sociale Premier Volant', summary: 'Permis de conduire adapté pour les personnes éloignées de l’emploi', description: 'Pédagogie adaptée (apprentissage plus long, soutien au code en petits groupes) et coût réduit grâce aux financements de l’insertion.', place: 'reims', themes: ['mobilites-douces', 'insertion-et-emploi'], legalForm: L.ASSOCIATION, year: 2009, jobs: 5, funders: ['Département', 'France Travail'], revenue: ['Prestations financées', 'Participations des élèves'], model: 'Formations financées par les prescripteurs, participation modulée des élèves.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.PERIURBAN], transferable: 'Parcours pédagogique, conventions avec les financeurs.' },
  { slug: 'transport-solidaire-bocage', name: 'Transport solidaire du Bocage', summary: 'Des bénévoles conduisent les personnes sans voiture à leurs rendez-vous', description: 'Un réseau de chauffeurs bénévoles défrayés au kilomètre pour les rendez-vous médicaux, administratifs et les courses.', place: 'niort', themes: ['mobilites-douces', 'lien-social', 'sante-et-soin'], legalForm: L.ASSOCIATION, year: 2012, jobs: 1, funders: ['Caisse de retraite (fictive)', 'Communes'], revenue: ['Participations kilométriques', 'Subventions'], model: 'Participation des usagers au kilomètre reversée aux bénévoles ; un coordinateur salarié.', mode: R.FREE_INSPIRATION, preconditions: [P.RURAL], transferable: 'Plateforme de réservation, assurance des bénévoles, barème.' },
  { slug: 'velo-ecole-quartiers', name: 'Vélo-école des Quartiers', summary: 'Apprendre à faire du vélo en ville, pour les adultes qui n’ont jamais appris', description: 'Cours collectifs sur plateau puis en circulation, prêt de vélos pour les premiers trajets domicile-travail.', place: 'strasbourg', themes: ['mobilites-douces', 'lien-social'], legalForm: L.ASSOCIATION, year: 2016, jobs: 3, funders: ['Eurométropole', 'Contrat de ville'], revenue: ['Subventions', 'Formations employeurs'], model: 'Subventions et formations vendues aux employeurs.', mode: R.LICENCE, preconditions: [P.URBAN, P.QPV], transferable: 'Programme pédagogique, kit de formation des moniteurs.' },

  // Funéraire.
  { slug: 'cooperative-funeraire-estuaire', name: 'Coopérative funéraire de l’Estuaire', summary: 'Des obsèques transparentes à prix juste, gouvernées par leurs usagers', description: 'Une coopérative qui publie ses prix, accompagne les familles sans vente forcée et propose des cérémonies laïques.', place: 'nantes', themes: ['lien-social', 'sante-et-soin'], legalForm: L.SCIC, year: 2017, jobs: 6, funders: ['Épargne citoyenne', 'Banque coopérative'], revenue: ['Prestations funéraires'], model: 'Prestations funéraires à marge limitée ; excédents réinvestis.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.PERIURBAN], minPopulation: 150000, transferable: 'Statuts de la SCIC, grille tarifaire publique, formation des conseillers.' },
  { slug: 'cooperative-funeraire-rhone', name: 'Coopérative funéraire des Deux Fleuves', summary: 'Pompes funèbres coopératives avec un fonds d’entraide pour les familles modestes', description: 'Les sociétaires financent un fonds qui prend en charge une partie des obsèques des familles aux faibles revenus.', place: 'lyon', themes: ['lien-social'], legalForm: L.SCIC, year: 2021, jobs: 4, funders: ['Épargne citoyenne'], revenue: ['Prestations funéraires', 'Parts sociales'], model: 'Prestations ; parts sociales des sociétaires.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN], minPopulation: 200000, transferable: 'Montage du fonds d’entraide, collège des usagers.', draft: true },

  // Énergie citoyenne et habitat.
  { slug: 'energie-citoyenne-nied', name: 'Énergie citoyenne du Pays de Nied', summary: 'Centrale solaire villageoise financée et gouvernée par les habitants', description: 'Des panneaux photovoltaïques sur les toits des écoles et salles communales, financés par l’épargne de plus de 300 habitants.', place: 'metz', themes: ['energies-citoyennes'], legalForm: L.SCIC, year: 2018, jobs: 1, funders: ['Épargne citoyenne', 'Région Grand Est', 'Banque coopérative'], revenue: ['Vente d’électricité'], model: 'Vente de l’électricité produite ; dividendes limités aux sociétaires.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.RURAL, P.PERIURBAN], transferable: 'Montage juridique, conventions d’occupation des toitures, campagne de souscription.' },
  { slug: 'energie-toits-ecoles', name: 'Les Toits Solaires de l’Agglo', summary: 'Une société citoyenne qui équipe les toitures publiques de panneaux solaires', description: 'Partenariat avec l’agglomération : la collectivité met à disposition ses toitures, les citoyens financent, l’électricité est injectée sur le réseau.', place: 'besancon', themes: ['energies-citoyennes'], legalForm: L.SAS_ESUS, year: 2020, jobs: 2, funders: ['Épargne citoyenne', 'Agglomération'], revenue: ['Vente d’électricité'], model: 'Vente d’électricité sous contrat d’achat.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.PERIURBAN], transferable: 'Cahier des charges des toitures, contrat type avec la collectivité.' },
  { slug: 'chaleur-bois-bocage', name: 'Chaufferie bois coopérative du Bocage', summary: 'Réseau de chaleur au bois local porté par les agriculteurs et la commune', description: 'Le bois des haies entretenues par les agriculteurs alimente une chaufferie qui chauffe l’école, la mairie et des logements.', place: 'rouen', themes: ['energies-citoyennes', 'habitat'], legalForm: L.SCIC, year: 2015, jobs: 2, funders: ['Fonds chaleur renouvelable', 'Région Normandie'], revenue: ['Vente de chaleur'], model: 'Vente de chaleur aux bâtiments raccordés ; achat du bois aux agriculteurs.', mode: R.FREE_INSPIRATION, preconditions: [P.RURAL], transferable: 'Plan d’approvisionnement en bois, contrats de vente de chaleur.' },
  { slug: 'renovation-solidaire', name: 'Rénovation solidaire Chantiers Chauds', summary: 'Chantiers d’insertion qui isolent les logements des ménages en précarité énergétique', description: 'Repérage avec les travailleurs sociaux, diagnostic, petits travaux d’isolation réalisés par des salariés en insertion.', place: 'dijon', themes: ['habitat', 'energies-citoyennes', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2014, jobs: 12, funders: ['Département', 'Fournisseur d’énergie (mécénat)'], revenue: ['Travaux financés', 'Aides au poste'], model: 'Travaux financés par les aides à la rénovation et le mécénat.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.QPV], transferable: 'Circuit de repérage, fiches travaux, partenariats financeurs.' },

  // Lien social, quartiers, culture, santé.
  { slug: 'regie-quartier-des-hauts', name: 'Régie de quartier des Hauts', summary: 'Les habitants du quartier entretiennent les espaces communs et y trouvent un emploi', description: 'Nettoyage, petits travaux, médiation : la régie emploie des habitants et associe les locataires à la gestion du quartier.', place: 'nancy', themes: ['insertion-et-emploi', 'lien-social', 'habitat'], legalForm: L.REGIE_DE_QUARTIER, year: 2001, jobs: 35, funders: ['Bailleurs sociaux', 'Ville', 'Contrat de ville'], revenue: ['Marchés avec les bailleurs', 'Aides au poste'], model: 'Marchés d’entretien avec les bailleurs et la ville.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.QPV], transferable: 'Gouvernance tripartite (habitants, bailleurs, collectivité), marchés réservés.' },
  { slug: 'cafe-associatif-comptoir', name: 'Café associatif Le Comptoir', summary: 'Un café ouvert en soirée, tenu par des bénévoles, avec programmation culturelle', description: 'Concerts, jeux, repair café et permanences d’associations dans un ancien commerce du centre-bourg.', place: 'tours', themes: ['lien-social', 'culture'], legalForm: L.ASSOCIATION, year: 2017, jobs: 2, funders: ['Commune', 'Région Centre-Val de Loire'], revenue: ['Bar', 'Adhésions', 'Subventions'], model: 'Recettes du bar et adhésions ; deux emplois aidés.', mode: R.FREE_INSPIRATION, preconditions: [P.RURAL, P.PERIURBAN], transferable: 'Licence, organisation des bénévoles, programmation.' },
  { slug: 'tiers-lieu-fabrique', name: 'Tiers-lieu La Fabrique du Canal', summary: 'Ancienne usine devenue lieu de travail partagé, atelier de fabrication et café', description: 'Espaces de coworking, fablab, ateliers partagés et restauration réunis sous la gouvernance d’une SCIC.', place: 'bordeaux', themes: ['lien-social', 'numerique', 'culture'], legalForm: L.SCIC, year: 2019, jobs: 8, funders: ['Métropole', 'Région Nouvelle-Aquitaine', 'Épargne citoyenne'], revenue: ['Locations d’espaces', 'Restauration', 'Formations'], model: 'Locations d’espaces et de machines, restauration, formations.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.URBAN], minPopulation: 100000, transferable: 'Montage immobilier, modèle économique des espaces, gouvernance.' },
  { slug: 'laverie-solidaire', name: 'Laverie solidaire Le Tambour', summary: 'Une laverie à petits prix qui est aussi un lieu d’accueil et d’orientation', description: 'Pendant que le linge tourne, une médiatrice aide aux démarches et oriente vers les services sociaux.', place: 'nantes', themes: ['lien-social', 'insertion-et-emploi'], legalForm: L.ASSOCIATION, year: 2020, jobs: 3, funders: ['Ville', 'CAF'], revenue: ['Ventes de cycles de lavage', 'Subventions'], model: 'Tarifs solidaires et subventions pour la médiation.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.QPV], transferable: 'Aménagement, partenariats sociaux.' },
  { slug: 'mediation-numerique', name: 'Point numérique Clic Solidaire', summary: 'Accompagnement aux démarches en ligne et formations au numérique pour tous', description: 'Permanences sans rendez-vous, ateliers collectifs et prêt de matériel reconditionné.', place: 'montpellier', themes: ['numerique', 'lien-social'], legalForm: L.ASSOCIATION, year: 2018, jobs: 4, funders: ['État', 'Département', 'CAF'], revenue: ['Subventions', 'Formations'], model: 'Postes de médiateurs financés ; formations vendues aux structures.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.QPV], transferable: 'Organisation des permanences, supports de formation.' },
  { slug: 'maison-sante-participative', name: 'Maison de santé participative des Tilleuls', summary: 'Centre de santé où habitants et soignants décident ensemble, avec médiation en santé', description: 'Médecins salariés, médiatrices en santé issues du quartier, ateliers de prévention : un centre associatif gouverné avec les habitants.', place: 'saintDenis', themes: ['sante-et-soin', 'lien-social'], legalForm: L.ASSOCIATION, year: 2016, jobs: 15, funders: ['Agence régionale de santé', 'Assurance maladie', 'Ville'], revenue: ['Actes médicaux', 'Forfaits', 'Subventions'], model: 'Actes et forfaits de l’assurance maladie ; subventions pour la médiation.', mode: R.FREE_INSPIRATION, preconditions: [P.URBAN, P.QPV], transferable: 'Gouvernance avec les habitants, métier de médiatrice en santé.' },
  { slug: 'jardin-insertion', name: 'Jardin d’insertion du Val', summary: 'Maraîchage biologique d’insertion avec paniers hebdomadaires pour les adhérents', description: 'Des salariés en insertion cultivent des légumes bio distribués en paniers à des adhérents, dont des familles à tarif réduit.', place: 'epinal', themes: ['alimentation-durable', 'insertion-et-emploi'], legalForm: L.ENTREPRISE_INSERTION, year: 2005, jobs: 24, funders: ['Département', 'État (aide au poste)'], revenue: ['Paniers', 'Aides au poste'], model: 'Abonnements aux paniers et aides au poste.', mode: R.NETWORK_MEMBERSHIP, preconditions: [P.PERIURBAN, P.RURAL], transferable: 'Organisation d’un jardin d’insertion, gestion des abonnements, accompagnement socio-professionnel.' },
  { slug: 'habitat-participatif', name: 'Habitat participatif Les Hirondelles', summary: 'Une coopérative d’habitants avec logements sociaux et espaces partagés', description: 'Douze logements dont quatre sociaux, une salle commune, une buanderie et un jardin, conçus et gérés par les habitants.', place: 'luneville', themes: ['habitat', 'lien-social'], legalForm: L.OTHER, year: 2021, jobs: 0, funders: ['Bailleur social', 'Commune'], revenue: ['Redevances des habitants'], model: 'Redevances des coopérateurs ; partenariat avec un bailleur social.', mode: R.FREE_INSPIRATION, preconditions: [P.PERIURBAN], transferable: 'Montage juridique, accompagnement du groupe d’habitants.' },
];

/** Adds the demo library to the demo factory (inside the seeding transaction). */
export function seedDemoInitiatives(em: EntityManager, factory: Factory, themes: Map<string, Theme>, curators: User[]): void {
  const start = Date.UTC(2026, 9, 1);
  DEMO.forEach((d, i) => {
    const initiative = new Initiative(factory, d.name);
    const [town, postcode, departement, region] = PLACES[d.place]!;
    Object.assign(initiative, { summary: d.summary, description: `${d.description}\n\nOrganisation fictive : fiche de démonstration.`, town, postcode, departement, region });
    initiative.setThemes(d.themes.map((slug) => themes.get(slug)!));
    initiative.legalForm = d.legalForm;
    initiative.legalFormDetail = d.legalForm === L.OTHER ? 'Coopérative d’habitants' : '';
    initiative.economicModel = d.model;
    initiative.revenueSources = d.revenue;
    initiative.yearStarted = d.year;
    initiative.jobsCount = d.jobs;
    initiative.jobsAsOf = '2025-12-31';
    initiative.funders = d.funders;
    initiative.replicationMode = d.mode;
    initiative.preconditions = d.preconditions;
    initiative.minPopulation = d.minPopulation ?? null;
    initiative.transferable = d.transferable;
    initiative.transferContact = 'Contact de démonstration (fictif)';
    initiative.sources = [{ url: `https://example.org/demo/initiatives/${d.slug}`, title: 'Fiche de démonstration (organisation fictive)', consultedOn: '2026-10-01' }];
    const curator = curators[i % curators.length]!;
    initiative.curatedBy = curator;
    initiative.createdAt = initiative.updatedAt = new Date(start + i * 3_600_000);
    if (!d.draft) {
      initiative.status = InitiativeStatus.PUBLISHED;
      initiative.publishedAt = initiative.createdAt;
    }
    em.persist(initiative);
    const created = new InitiativeChange(initiative, ChangeAction.CREATED, curator.displayName, []);
    created.actorUserId = curator.id;
    created.createdAt = initiative.createdAt;
    em.persist(created);
  });
}
