-- Words the generated catalog is made of, and that the benchmark searches for. Kept in one
-- temporary table per kind so the generator and the pgbench/wrk word lists agree.
create temporary table bench_words (kind text not null, word text not null);
insert into bench_words (kind, word)
select 'brand', unnest(string_to_array(
  'acme,nordic,zenith,aurora,summit,vertex,lumen,orbit,harbor,cobalt,maple,cedar,falcon,'
  'pioneer,quartz,solace,tidal,velvet,willow,yonder,atlas,boreal,canyon,delta,ember,fjord,'
  'glacier,horizon,juniper,kestrel,lagoon,meridian,nimbus,oasis,prairie,riviera,sierra,tundra,'
  'umbra,vista', ','))
union all
select 'adjective', unnest(string_to_array(
  'wireless,portable,compact,ergonomic,waterproof,lightweight,premium,classic,modern,vintage,'
  'smart,foldable,adjustable,rechargeable,heavy-duty,slim,deluxe,organic,insulated,cordless,'
  'bluetooth,stainless,handmade,minimalist,rugged,quiet,digital,magnetic,ultralight,padded', ','))
union all
select 'color', unnest(string_to_array(
  'black,white,red,blue,green,grey,silver,gold,navy,beige,olive,teal,pink,purple,orange,'
  'charcoal,ivory,bronze,leather,cotton,steel,bamboo,ceramic,wool,aluminium,oak,walnut,linen,'
  'glass,titanium', ','))
union all
select 'noun', unnest(string_to_array(
  'headphones,earbuds,speaker,laptop,tablet,keyboard,mouse,monitor,camera,charger,backpack,'
  'wallet,sunglasses,wristwatch,jacket,hoodie,sneakers,boots,t-shirt,jeans,kettle,blender,'
  'toaster,lamp,chair,desk,bookshelf,notebook,mug,bottle,tent,helmet,bicycle,skateboard,'
  'yoga-mat,dumbbell,puzzle,perfume,toothbrush,hairdryer,grill,hose,umbrella,thermostat,bulb,'
  'vacuum,purifier,router,printer,drone,projector,microphone,cable,pillow,blanket,towel,rug,'
  'curtain,candle,vase,frame,clock,mirror,shelf,basket,cooler,lantern,stove,knife,skillet,'
  'saucepan,plate,bowl,tumbler,scale,fan,heater,humidifier,sofa,mattress', ','))
union all
select 'filler', unnest(string_to_array(
  'durable,design,everyday,travel,home,office,perfect,gift,comfort,quality,materials,crafted,'
  'easy,clean,sturdy,stylish,reliable,performance,battery,lasting,finish,texture,premium,'
  'soft,warm,cool,fresh,outdoor,indoor,kitchen,garden,season,summer,winter,spring,autumn,'
  'weekend,adventure,family,kids,friends,work,study,fitness,sport,running,hiking,camping,'
  'cooking,baking,coffee,tea,music,movies,gaming,reading,sleep,relax,energy,efficient,'
  'saving,warranty,included,accessories,storage,space,small,large,medium,extra,size,fit,'
  'shape,colour,style,look,feel,touch,grip,handle,cover,case,strap,pocket,zipper,button,'
  'switch,display,screen,sound,bass,noise,cancelling,charging,fast,speed,power,motor,blade,'
  'filter,water,air,light,bright,dim,timer,remote,control,app,sensor,safety,lock,secure,'
  'protection,shock,resistant,scratch,stain,washable,dishwasher,safe,recycled,sustainable,'
  'natural,vegan,refillable,replaceable,modular,expandable,stackable,nesting,hanging,'
  'mounted,freestanding,tabletop,countertop,under,over,around,every,day,night,morning,'
  'evening,city,commute,school,campus,studio,workshop,garage,balcony,patio,terrace,cabin,'
  'beach,mountain,lake,forest,trail,road,street,urban,rural,classic,timeless,bold,subtle,'
  'elegant,playful,bright,muted,vivid,calm,gentle,strong,powerful,precise,accurate,smooth,'
  'silky,crisp,rich,deep,clear,balanced,tuned,engineered,tested,certified,approved,rated,'
  'favourite,bestseller,new,improved,upgraded,refined,reimagined,original,signature,limited,'
  'edition,collection,series,range,line,model,version,generation,pro,plus,max,mini,lite',
  ','));
