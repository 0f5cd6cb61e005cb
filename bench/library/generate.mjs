// Synthetic library for bench/library: vocabulary of the kinds of initiative a factory studies, a bulk
// SQL generator and CSV import files.

/** Kinds of initiative, with the words their records use. */
export function vocabulary() {
  return {
    kinds: [
      'Recyclerie', 'Ressourcerie', 'Conserverie', 'Épicerie solidaire', 'Garage solidaire', 'Repair café', 'Atelier vélo', 'Coopérative funéraire',
      'Centrale villageoise', 'Légumerie', 'Cantine solidaire', 'Tiers-lieu', 'Café associatif', 'Laverie solidaire', 'Régie de quartier',
      'Jardin d’insertion', 'Auto-école sociale', 'Transport solidaire', 'Ressourcerie numérique', 'Chaufferie bois', 'Habitat participatif',
      'Maison de santé', 'Point numérique', 'Vélo-école',
    ],
    names: ['des Deux Rives', 'du Plateau', 'de la Vallée', 'Le Grenier', 'La Passerelle', 'des Coteaux', 'du Faubourg', 'des Quatre Saisons', 'La Rustine', 'du Bocage', 'Les Hirondelles', 'du Canal', 'Le Comptoir', 'des Tilleuls', 'du Marais', 'de l’Estuaire'],
    summaries: [
      'Collecte, tri et revente d’objets de seconde main',
      'Transformation de légumes bio invendus en bocaux',
      'Produits frais à prix réduit pour les foyers modestes',
      'Réparation de vélos par et pour les habitants',
      'Entretien de voitures à bas coût pour les personnes en insertion',
      'Des obsèques transparentes à prix juste',
      'Centrale solaire financée par les habitants',
      'Un lieu convivial ouvert en soirée avec une programmation culturelle',
      'Accompagnement aux démarches en ligne',
      'Emplois d’insertion dans l’entretien du quartier',
    ],
    descriptions: [
      'Les salariés en insertion collectent et valorisent les objets. ',
      'Un partenariat avec les maraîchers du territoire garantit l’approvisionnement. ',
      'Les habitants participent à la gouvernance de la structure. ',
      'Le modèle repose sur des ventes et des subventions de fonctionnement. ',
      'Des bénévoles animent des ateliers chaque semaine. ',
      'La collectivité met des locaux à disposition. ',
    ],
    places: [
      ['Nancy', '54000', 'Meurthe-et-Moselle', 'Grand Est'], ['Metz', '57000', 'Moselle', 'Grand Est'], ['Épinal', '88000', 'Vosges', 'Grand Est'],
      ['Strasbourg', '67000', 'Bas-Rhin', 'Grand Est'], ['Lille', '59000', 'Nord', 'Hauts-de-France'], ['Amiens', '80000', 'Somme', 'Hauts-de-France'],
      ['Nantes', '44000', 'Loire-Atlantique', 'Pays de la Loire'], ['Rennes', '35000', 'Ille-et-Vilaine', 'Bretagne'], ['Lyon', '69000', 'Rhône', 'Auvergne-Rhône-Alpes'],
      ['Grenoble', '38000', 'Isère', 'Auvergne-Rhône-Alpes'], ['Toulouse', '31000', 'Haute-Garonne', 'Occitanie'], ['Montpellier', '34000', 'Hérault', 'Occitanie'],
      ['Marseille', '13000', 'Bouches-du-Rhône', 'Provence-Alpes-Côte d’Azur'], ['Bordeaux', '33000', 'Gironde', 'Nouvelle-Aquitaine'], ['Limoges', '87000', 'Haute-Vienne', 'Nouvelle-Aquitaine'],
      ['Dijon', '21000', 'Côte-d’Or', 'Bourgogne-Franche-Comté'], ['Tours', '37000', 'Indre-et-Loire', 'Centre-Val de Loire'], ['Rouen', '76000', 'Seine-Maritime', 'Normandie'],
      ['Saint-Denis', '93200', 'Seine-Saint-Denis', 'Île-de-France'], ['Figeac', '46100', 'Lot', 'Occitanie'],
    ],
    legalForms: ['ASSOCIATION', 'ASSOCIATION', 'ASSOCIATION', 'SCIC', 'SCOP', 'SAS_ESUS', 'ENTREPRISE_INSERTION', 'REGIE_DE_QUARTIER', 'COLLECTIVITE', 'OTHER'],
    modes: ['BRANCH', 'SOCIAL_FRANCHISE', 'LICENCE', 'NETWORK_MEMBERSHIP', 'FREE_INSPIRATION', 'FREE_INSPIRATION'],
  };
}

function sqlArray(values) {
  return `array[${values.map((v) => `'${String(v).replace(/'/g, "''")}'`).join(', ')}]`;
}

/** Inserts `count` initiatives in one statement (pseudo-random but reproducible mixes), with 1–2 themes each. */
export async function generate(client, factoryId, count) {
  const v = vocabulary();
  // Independent pseudo-random choices per column: a hash of the row number, salted per column (reproducible).
  const h = (salt) => `abs(hashtext(g::text || '${salt}'))`;
  const pick = (arr, salt) => `(${sqlArray(arr)})[1 + (${h(salt)} % ${arr.length})]`;
  const place = (k) => `(${sqlArray(v.places.map((p) => p[k]))})[1 + (${h('place')} % ${v.places.length})]`;
  await client.query('begin');
  await client.query(
    `insert into initiative (id, created_at, updated_at, factory_id, name, summary, description, town, postcode, departement, region, legal_form,
       replication_mode, year_started, jobs_count, funders, revenue_sources, transferable, sources, status, published_at, archived_at, theme_ids)
     select gen_random_uuid(), now() - g * interval '7 minutes', now() - g * interval '7 minutes', $1,
       ${pick(v.kinds, 'kind')} || ' ' || ${pick(v.names, 'name')} || ' ' || g,
       ${pick(v.summaries, 'summary')},
       ${pick(v.descriptions, 'd1')} || ${pick(v.descriptions, 'd2')},
       ${place(0)}, ${place(1)}, ${place(2)}, ${place(3)},
       (${pick(v.legalForms, 'legal')})::legal_form, (${pick(v.modes, 'mode')})::replication_mode,
       1990 + g % 35, g % 40, array['Région', 'Département'], array['Ventes', 'Subventions'], 'Méthode, outils et statuts',
       jsonb_build_array(jsonb_build_object('url', 'https://example.org/bench/' || g, 'title', 'Fiche ' || g, 'consultedOn', '2026-10-01')),
       (case when ${h('status')} % 20 = 0 then 'ARCHIVED' when ${h('status')} % 10 = 0 then 'DRAFT' else 'PUBLISHED' end)::initiative_status,
       case when ${h('status')} % 10 <> 0 then now() end, case when ${h('status')} % 20 = 0 then now() end,
       -- One or two shared themes (pseudo-random, reproducible), with the row as the API writes it.
       array(select id from (select id from theme where factory_id is null order by slug offset (${h('theme')} % 10) limit 1 + (${h('themes')} % 2)) t order by id)
     from generate_series(1, $2::int) g`,
    [factoryId, count],
  );
  // Their theme links (the trigger finds each row's theme ids already right: no second write).
  await client.query(
    `insert into initiative_theme (initiative_id, theme_id)
     select i.id, t from initiative i, unnest(i.theme_ids) t where i.factory_id = $1
     on conflict do nothing`,
    [factoryId],
  );
  await client.query('commit');
}

export function csvBatch(batch, rows) {
  const v = vocabulary();
  const lines = ['name,summary,description,town,postcode,departement,region,themes,legalForm,replicationMode,yearStarted,jobsCount,funders,transferable,sourceUrls,sourceTitles,sourceConsultedOn,status'];
  const cell = (s) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let i = 0; i < rows; i++) {
    const g = batch * rows + i;
    const p = v.places[g % v.places.length];
    lines.push(
      [
        `${v.kinds[g % v.kinds.length]} importée ${batch}-${i}`, v.summaries[g % v.summaries.length], v.descriptions[g % v.descriptions.length].trim(),
        p[0], p[1], p[2], p[3], 'economie-circulaire | lien-social', v.legalForms[g % v.legalForms.length], v.modes[g % v.modes.length],
        String(2000 + (g % 25)), String(g % 30), 'Région | Fondation', 'La méthode et les outils', `https://example.org/import/${batch}/${i}`, `Fiche ${i}`, '2026-11-01', 'PUBLISHED',
      ].map(cell).join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
